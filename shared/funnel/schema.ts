import { z } from 'zod';
import { optionalDate, recordId } from '../fields';

/** How many referrals reached each stage (a referral that started also counts as referred). */
export type FunnelCounts = {
  referred: number;
  interviewed: number;
  offered: number;
  started: number;
  sustained13: number;
  sustained26: number;
  progressed: number;
  /** Those who started 13 (or 26) or more weeks ago: the fair denominator for sustainment. */
  startedWeeksAgo13: number;
  startedWeeksAgo26: number;
};

export type Funnel = FunnelCounts & { asOf: string };

export const programmeFunnelInput = z.object({
  programmeId: recordId('Choose a programme').nullable().optional(),
  from: optionalDate('Enter the first date as a real date, like 1 Apr 2026'),
  to: optionalDate('Enter the last date as a real date, like 31 Mar 2027'),
});

/** One step of the funnel as people read it: "Started: 4 of 12 referred (33%)". */
export type FunnelRate = {
  stage: keyof FunnelCounts;
  label: string;
  count: number;
  of: number | null;
  ofLabel: string | null;
  percent: number | null;
  /** For a job check: those who started too recently for it, not failures and not in the share. */
  notYetDue: number | null;
};

const steps: { stage: keyof FunnelCounts; label: string; of: keyof FunnelCounts | null; ofLabel: string | null }[] = [
  { stage: 'referred', label: 'Referred', of: null, ofLabel: null },
  { stage: 'interviewed', label: 'Interviewed', of: 'referred', ofLabel: 'referred' },
  { stage: 'started', label: 'Started a job', of: 'referred', ofLabel: 'referred' },
  {
    stage: 'sustained13',
    label: 'Still in work at 13 weeks',
    of: 'startedWeeksAgo13',
    ofLabel: 'who started 13 or more weeks ago',
  },
  {
    stage: 'sustained26',
    label: 'Still in work at 26 weeks',
    of: 'startedWeeksAgo26',
    ofLabel: 'who started 26 or more weeks ago',
  },
  { stage: 'progressed', label: 'Progressed in work', of: 'started', ofLabel: 'who started' },
];

/** Each funnel step with its count, the count it is a share of, and the rounded percentage. */
export function funnelRates(counts: FunnelCounts): FunnelRate[] {
  return steps.map(({ stage, label, of, ofLabel }) => {
    const denominator = of ? counts[of] : null;
    const percent = denominator ? Math.round((counts[stage] / denominator) * 100) : null;
    const check = stage === 'sustained13' || stage === 'sustained26';
    const notYetDue = check && of ? Math.max(0, counts.started - counts[of]) : null;
    return { stage, label, count: counts[stage], of: denominator, ofLabel, percent, notYetDue };
  });
}

export const emptyFunnel = (): FunnelCounts => ({
  referred: 0,
  interviewed: 0,
  offered: 0,
  started: 0,
  sustained13: 0,
  sustained26: 0,
  progressed: 0,
  startedWeeksAgo13: 0,
  startedWeeksAgo26: 0,
});
