// A job check's share counts only those who started long enough ago; the rest are "not yet due",
// beside the share, never failures.
import { expect, it } from 'vitest';
import { emptyFunnel, funnelRates } from '../../../shared/funnel/schema';

it('says how many starters are not yet due each job check', () => {
  const rates = funnelRates({
    ...emptyFunnel(),
    referred: 20,
    started: 7,
    startedWeeksAgo13: 6,
    sustained13: 5,
    startedWeeksAgo26: 5,
    sustained26: 3,
  });
  const rate = (stage: string) => rates.find((entry) => entry.stage === stage)!;
  expect(rate('sustained26')).toMatchObject({ count: 3, of: 5, notYetDue: 2 });
  expect(rate('sustained13')).toMatchObject({ count: 5, of: 6, notYetDue: 1 });
  expect(rate('started').notYetDue).toBeNull();
});
