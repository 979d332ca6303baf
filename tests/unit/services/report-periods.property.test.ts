// A closed period's outcomes belong to it: whatever happens to the people referred in it after
// it ends, its report does not change; and whenever the outcomes are counted, no share passes
// 100 % and each figure is what the referrals' own histories say.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend';
import type { FunderReport } from '../../../shared/reports/schema';
import { call } from '../../support/call';
import { clockedBackend } from '../../support/clocked-backend';

const today = '2027-06-30';
const period = { from: '2025-07-01', to: '2026-06-30' };
const firstDay = Date.parse('2025-01-01');
const dayOf = (offset: number) => new Date(firstDay + offset * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** One referral's history: the furthest stage it reaches, the days between steps, how it ends. */
const history = fc.record({
  referred: fc.integer({ min: 120, max: 600 }),
  furthest: fc.integer({ min: 0, max: 5 }),
  skipInterview: fc.boolean(),
  skipOffer: fc.boolean(),
  gaps: fc.array(fc.integer({ min: 0, max: 150 }), { minLength: 6, maxLength: 6 }),
  exit: fc.option(fc.record({ gap: fc.integer({ min: 0, max: 200 }), withdrew: fc.boolean() })),
  progression: fc.option(fc.integer({ min: 0, max: 300 })),
  evidence: fc.boolean(),
});
type History = typeof history extends fc.Arbitrary<infer T> ? T : never;
type Step = { stage: string; on: string };

/** The steps a history takes, each a legal move, none after today. */
function stepsOf(each: History): { referredOn: string; steps: Step[]; progressedOn: string | null } {
  const referredOn = dayOf(each.referred);
  const steps: Step[] = [];
  let on = referredOn;
  let startedOn: string | null = null;
  const stages = ['interviewed', 'offered', 'started', 'sustained_13', 'sustained_26'].slice(0, each.furthest);
  for (const [index, stage] of stages.entries()) {
    if ((stage === 'interviewed' && each.skipInterview) || (stage === 'offered' && each.skipOffer)) continue;
    const weeks = stage === 'sustained_13' ? 13 : stage === 'sustained_26' ? 26 : 0;
    const earliest = startedOn && weeks ? dayOf(daysBetween(dayOf(0), startedOn) + weeks * 7) : on;
    on = dayOf(daysBetween(dayOf(0), earliest > on ? earliest : on) + each.gaps[index]!);
    if (stage === 'started') startedOn = on;
    steps.push({ stage, on });
  }
  if (each.exit) {
    on = dayOf(daysBetween(dayOf(0), on) + each.exit.gap);
    steps.push({ stage: each.exit.withdrew ? 'withdrew' : startedOn ? 'left' : 'not_selected', on });
  }
  const progressedOn =
    startedOn && each.progression !== null ? dayOf(daysBetween(dayOf(0), startedOn) + each.progression) : null;
  return {
    referredOn,
    steps: steps.filter((step) => step.on <= today),
    progressedOn: progressedOn && progressedOn <= today ? progressedOn : null,
  };
}

/** What each outcome should be, counted from the histories alone, as things stood at the end of `day`. */
function expected(histories: ReturnType<typeof stepsOf>[], day: string) {
  const referred = histories.filter((each) => each.referredOn >= period.from && each.referredOn <= period.to);
  const reached = (each: (typeof referred)[number], stages: string[]) =>
    each.steps.some((step) => stages.includes(step.stage) && step.on <= day);
  const startedOn = (each: (typeof referred)[number]) =>
    each.steps.find((step) => step.stage === 'started' && step.on <= day)?.on ?? null;
  const weeksBefore = (weeks: number) => dayOf(daysBetween(dayOf(0), day) - weeks * 7);
  const started = referred.filter((each) => startedOn(each));
  const due = (weeks: number) => started.filter((each) => startedOn(each)! <= weeksBefore(weeks));
  return {
    Referred: [referred.length, null],
    Interviewed: [
      referred.filter((each) => reached(each, ['interviewed', 'offered', 'started', 'sustained_13', 'sustained_26']))
        .length,
      referred.length,
    ],
    'Started a job': [started.length, referred.length],
    'Still in work at 13 weeks': [
      due(13).filter((each) => reached(each, ['sustained_13', 'sustained_26'])).length,
      due(13).length,
    ],
    'Still in work at 26 weeks': [due(26).filter((each) => reached(each, ['sustained_26'])).length, due(26).length],
    'Progressed in work': [
      started.filter((each) => each.progressedOn && each.progressedOn <= day).length,
      started.length,
    ],
  };
}

let backend: Backend;
let employerId: string;
beforeAll(async () => {
  backend = (await clockedBackend(today)).backend;
  employerId = (await call(backend, 'employers.create', { name: 'Harbour Kitchens Ltd' })).id;
});
afterAll(() => backend.close());

let runs = 0;
/** Records the histories' events in a programme of their own: first those up to `until`, then the rest. */
async function record(histories: History[]) {
  const programme = await call(backend, 'programmes.create', { name: `Programme ${++runs}` });
  const opportunity = await call(backend, 'opportunities.create', {
    employerId,
    kind: 'vacancy',
    title: 'Kitchen porter',
    programmeId: programme.id,
  });
  const planned = histories.map(stepsOf);
  const ids = new Map<number, string>();
  const upTo = async (from: string, until: string) => {
    for (const [index, each] of planned.entries()) {
      const history = histories[index]!;
      if (each.referredOn > from && each.referredOn <= until) {
        const [referral] = await call(backend, 'referrals.create', {
          opportunityId: opportunity.id,
          references: [`P-${String(index).padStart(4, '0')}`],
          referredOn: each.referredOn,
          programmeId: programme.id,
        });
        ids.set(index, referral!.id);
      }
      const id = ids.get(index);
      if (!id) continue;
      for (const step of each.steps.filter((step) => step.on > from && step.on <= until)) {
        await call(backend, 'referrals.advance', {
          ids: [id],
          stage: step.stage as 'started',
          on: step.on,
          ...(step.stage === 'started' ? { hourlyPay: 10 } : {}),
        });
        if (history.evidence && step.stage !== 'referred') {
          await call(backend, 'evidence.attach', { referralId: id, stage: step.stage, confirmedBy: 'Their manager' });
        }
      }
      if (each.progressedOn && each.progressedOn > from && each.progressedOn <= until) {
        await call(backend, 'referrals.recordProgression', {
          referralId: id,
          changedOn: each.progressedOn,
          hourlyPayAfter: 11.5,
          sameEmployer: true,
        });
      }
    }
  };
  return { programmeId: programme.id, planned, upTo };
}

const report = (programmeId: string, includeLaterOutcomes = false) =>
  call(backend, 'reports.funder', { ...period, programmeId, includeLaterOutcomes });

function expectSharesWithinWholes(result: FunderReport) {
  for (const figure of result.figures) {
    if (figure.of !== null) expect(figure.count, figure.label).toBeLessThanOrEqual(figure.of);
    if (figure.evidenced !== null) expect(figure.evidenced, figure.label).toBeLessThanOrEqual(figure.count);
    if (figure.notYetDue !== null) expect(figure.notYetDue, figure.label).toBeGreaterThanOrEqual(0);
  }
}

const outcomes = (result: FunderReport) =>
  Object.fromEntries(
    result.figures
      .filter((figure) => Object.keys(expected([], today)).includes(figure.label))
      .map((figure) => [figure.label, [figure.count, figure.of]]),
  );

describe('a period’s outcomes, whatever happened later', () => {
  it('stay as they stood on the last day, agree with the histories, and no share passes 100%', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(history, { minLength: 2, maxLength: 10 }), async (histories) => {
        const { programmeId, planned, upTo } = await record(histories);
        await upTo('0000-00-00', period.to);
        const closed = await report(programmeId);
        expect(closed.outcomesOn).toBe(period.to);
        expect(outcomes(closed)).toEqual(expected(planned, period.to));
        expectSharesWithinWholes(closed);

        await upTo(period.to, today);
        expect(await report(programmeId)).toEqual(closed);
        const later = await report(programmeId, true);
        expect(later.laterOutcomesIncluded).toBe(true);
        expect(outcomes(later)).toEqual(expected(planned, today));
        expectSharesWithinWholes(later);
      }),
      { numRuns: 40 },
    );
  });
});
