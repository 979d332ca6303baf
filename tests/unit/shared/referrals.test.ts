import { describe, expect, it } from 'vitest';
import { progression } from '../../../shared/referrals/progression';
import { referenceProblem } from '../../../shared/referrals/reference';
import { stageMoveProblem as problemWith, sustainmentChecks, type StageStep } from '../../../shared/referrals/stages';

const stageMoveProblem = (steps: StageStep[], next: StageStep) => problemWith(steps, next)?.message ?? null;

describe('participant references', () => {
  it('accepts the default format and refuses names and email addresses, saying why', () => {
    expect(referenceProblem('P-0231')).toBeNull();
    expect(referenceProblem(' p-12345 ')).toBeNull();
    expect(referenceProblem('Jane Smith')).toMatch(/looks like a name/);
    expect(referenceProblem('smith')).toMatch(/looks like a name/);
    expect(referenceProblem('jane@example.org')).toMatch(/looks like an email address/);
    expect(referenceProblem('P-12')).toMatch(/then 3 to 8 digits/);
    expect(referenceProblem('')).toMatch(/Enter the participant's reference/);
  });

  it('follows a provider’s own format', () => {
    const format = { prefix: 'ESF/', digits: { min: 5, max: 5 } };
    expect(referenceProblem('ESF/00042', format)).toBeNull();
    expect(referenceProblem('P-0231', format)).toMatch(/“ESF\/” then 5 to 5 digits/);
  });
});

describe('moving a referral along the stages', () => {
  const started: StageStep[] = [
    { stage: 'referred', on: '2026-01-05' },
    { stage: 'interviewed', on: '2026-01-12' },
    { stage: 'started', on: '2026-02-02' },
  ];

  it('goes forward in order, may skip a stage before the start, and never back in time', () => {
    expect(stageMoveProblem([], { stage: 'referred', on: '2026-01-05' })).toBeNull();
    expect(stageMoveProblem([], { stage: 'interviewed', on: '2026-01-05' })).toMatch(/starts at “Referred”/);
    expect(stageMoveProblem(started.slice(0, 1), { stage: 'offered', on: '2026-01-20' })).toBeNull();
    expect(stageMoveProblem(started.slice(0, 2), { stage: 'referred', on: '2026-01-20' })).toMatch(/already at/);
    expect(stageMoveProblem(started.slice(0, 2), { stage: 'offered', on: '2026-01-10' })).toMatch(
      /cannot be before the last step/,
    );
  });

  it('sustains a job only after a start, and only once the weeks have passed', () => {
    expect(stageMoveProblem(started.slice(0, 2), { stage: 'sustained_13', on: '2026-06-01' })).toMatch(
      /Record the start first/,
    );
    expect(stageMoveProblem(started, { stage: 'sustained_13', on: '2026-05-03' })).toMatch(
      /13 weeks after the start is 4 May 2026/,
    );
    expect(stageMoveProblem(started, { stage: 'sustained_13', on: '2026-05-04' })).toBeNull();
    expect(problemWith(started, { stage: 'sustained_13', on: '2026-05-03' })?.field).toBe('on');
    expect(problemWith(started.slice(0, 2), { stage: 'sustained_13', on: '2026-06-01' })?.field).toBe('stage');
  });

  it('ends with an exit that fits: not selected before a start, left only after one', () => {
    expect(stageMoveProblem(started.slice(0, 2), { stage: 'not_selected', on: '2026-01-20' })).toBeNull();
    expect(stageMoveProblem(started, { stage: 'not_selected', on: '2026-03-01' })).toMatch(/cannot be “Not selected”/);
    expect(stageMoveProblem(started.slice(0, 2), { stage: 'left', on: '2026-03-01' })).toMatch(/started/);
    const left = [...started, { stage: 'left' as const, on: '2026-03-01' }];
    expect(stageMoveProblem(left, { stage: 'sustained_13', on: '2026-06-01' })).toMatch(/Nothing can follow it/);
  });

  it('schedules sustainment checks from the start date', () => {
    expect(sustainmentChecks('2026-02-02')).toEqual([
      { weeks: 13, dueOn: '2026-05-04' },
      { weeks: 26, dueOn: '2026-08-03' },
    ]);
    expect(sustainmentChecks('2026-02-02', [4])).toEqual([{ weeks: 4, dueOn: '2026-03-02' }]);
  });
});

describe('in-work progression', () => {
  it('counts a rise of 10 % or more in pay or hours', () => {
    expect(progression({ hourlyPay: 10 }, { hourlyPay: 11 })).toMatchObject({ counts: true });
    expect(progression({ hourlyPay: 10 }, { hourlyPay: 10.99 })).toMatchObject({ counts: false });
    expect(progression({ weeklyHours: 16 }, { weeklyHours: 24 })).toMatchObject({ hoursRise: 0.5, counts: true });
    expect(progression({ hourlyPay: 12.21 }, { hourlyPay: 12.21, weeklyHours: 30 })).toMatchObject({
      payRise: 0,
      hoursRise: null,
      counts: false,
    });
  });
});
