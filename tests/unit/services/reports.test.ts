// Every figure of the funder report against a small record built by hand, with known answers.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { call } from '../../support/call';
import { buildRecord } from '../../support/hand-built-record';
import { clockedBackends } from '../../support/clocked-backend';

const start = clockedBackends();
const year = { from: '2026-01-01', to: '2026-12-31' };

describe('the funder report', () => {
  it('counts every figure for the whole record over a year', async () => {
    const { backend } = await buildRecord(start);
    const report = await call(backend, 'reports.funder', year);
    expect(report.employers).toEqual({ engaged: 3, new: 2, continuing: 1 });
    expect(report.contactsByMonth).toEqual([
      { month: '2026-02', kind: 'email', count: 1 },
      { month: '2026-02', kind: 'meeting', count: 1 },
      { month: '2026-03', kind: 'call', count: 1 },
    ]);
    expect(report.depthAtStart).toEqual({
      byDepth: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 0 },
      notAssessed: 2,
      relational: { count: 0, of: 1 },
    });
    expect(report.depthAtEnd).toEqual({
      byDepth: { 1: 0, 2: 0, 3: 1, 4: 1, 5: 0 },
      notAssessed: 1,
      relational: { count: 1, of: 2 },
    });
    expect(report.roles).toEqual([
      { role: 'consumer', employers: 2 },
      { role: 'provider', employers: 1 },
    ]);
    expect(report.approaches).toEqual([
      { approach: 'job_fair', employers: 2, relational: 1, assessed: 1 },
      { approach: 'cold_call', employers: 1, relational: 0, assessed: 1 },
    ]);
    expect(report.promises).toEqual({
      employer: { made: 1, kept: 1, broken: 0, released: 0 },
      us: { made: 1, kept: 0, broken: 1, released: 0 },
    });
    expect(report.opportunitiesByKind).toEqual([
      { kind: 'vacancy', opportunities: 1, places: 3 },
      { kind: 'work_trial', opportunities: 1, places: 2 },
    ]);
    expect(report.funnel).toMatchObject({
      referred: 3,
      interviewed: 2,
      started: 2,
      sustained13: 1,
      sustained26: 0,
      startedWeeksAgo13: 2,
      startedWeeksAgo26: 1,
    });
    expect(report.bySector).toEqual([
      { code: 'retail', employers: 2, relational: 1, assessed: 1, starts: 2 },
      { code: 'hospitality', employers: 1, relational: 0, assessed: 1, starts: 0 },
    ]);
    expect(report.byLocality).toEqual([
      { code: 'Salford', employers: 2, relational: 1, assessed: 2, starts: 1 },
      { code: 'Bury', employers: 1, relational: 0, assessed: 0, starts: 1 },
    ]);
    expect(report.bySize.map((row) => row.code)).toEqual(['medium', 'micro', 'small']);
  });

  it('cuts the report to one programme, or to a funder’s programmes', async () => {
    const { backend, programme } = await buildRecord(start);
    const byProgramme = await call(backend, 'reports.funder', { ...year, programmeId: programme.id });
    expect(byProgramme.scope.programmeName).toBe('Working Futures');
    expect(byProgramme.employers).toEqual({ engaged: 1, new: 1, continuing: 0 });
    expect(byProgramme.contactsByMonth).toEqual([]);
    expect(byProgramme.funnel).toMatchObject({ referred: 1, started: 1 });
    expect(byProgramme.opportunitiesByKind).toEqual([{ kind: 'vacancy', opportunities: 1, places: 3 }]);
    const byFunder = await call(backend, 'reports.funder', { ...year, funder: 'Lambeth Council' });
    expect(byFunder.employers).toEqual(byProgramme.employers);
    expect(await backend.invoke('reports.funder', { ...year, funder: 'Nobody' })).toMatchObject({
      ok: false,
      error: { field: 'funder' },
    });
    expect(await call(backend, 'reports.funders')).toEqual(['Lambeth Council']);
  });

  it('keeps a closed period’s outcomes as they stood on its last day, unless later outcomes are asked for', async () => {
    const { backend, referrals } = await buildRecord(start);
    const half = { from: '2026-01-01', to: '2026-06-30' };
    const outcomes = async (input: object) => {
      const report = await call(backend, 'reports.funder', { ...half, ...input });
      return {
        asOf: [report.outcomesOn, report.laterOutcomesIncluded],
        figures: report.figures
          .filter((figure) => figure.ofLabel !== 'assessed' && figure.label !== 'Contacts in the period')
          .map(({ label, count, of, notYetDue, evidenced }) => [label, count, of, notYetDue, evidenced]),
      };
    };
    const closed = {
      asOf: ['2026-06-30', false],
      figures: [
        ['Employers engaged', 2, null, null, null],
        ['New this period', 1, 2, null, null],
        ['Continuing', 1, 2, null, null],
        ['Referred', 2, null, null, null],
        ['Interviewed', 1, 2, null, null],
        ['Started a job', 1, 2, null, 0],
        // P-0001 started on 20 Mar: 13 weeks before the last day, not yet 26.
        ['Still in work at 13 weeks', 1, 1, 0, 0],
        ['Still in work at 26 weeks', 0, 0, 1, 0],
        ['Progressed in work', 0, 1, null, null],
      ],
    };
    expect(await outcomes({})).toEqual(closed);

    // After the period: P-0002 is interviewed and starts, P-0001 reaches 26 weeks and is evidenced.
    const [first, second] = referrals;
    await call(backend, 'referrals.advance', { ids: [second!.id], stage: 'interviewed', on: '2026-08-01' });
    await call(backend, 'referrals.advance', { ids: [second!.id], stage: 'started', on: '2026-08-10' });
    await call(backend, 'referrals.advance', { ids: [first!.id], stage: 'sustained_26', on: '2026-09-20' });
    await call(backend, 'evidence.attach', {
      referralId: first!.id,
      stage: 'sustained_26',
      confirmedBy: 'Their manager, by phone',
    });
    const evidencedNow = closed.figures.map((row) =>
      ['Started a job', 'Still in work at 13 weeks'].includes(row[0] as string) ? [...row.slice(0, 4), 1] : row,
    );
    expect(await outcomes({})).toEqual({ ...closed, figures: evidencedNow });

    expect(await outcomes({ includeLaterOutcomes: true })).toEqual({
      asOf: ['2026-12-31', true],
      figures: [
        ...closed.figures.slice(0, 4),
        ['Interviewed', 2, 2, null, null],
        ['Started a job', 2, 2, null, 1],
        ['Still in work at 13 weeks', 1, 2, 0, 1],
        // P-0002 started on 10 Aug, less than 26 weeks before 31 Dec: not yet due.
        ['Still in work at 26 weeks', 1, 1, 1, 1],
        ['Progressed in work', 0, 2, null, null],
      ],
    });
  });

  it('sets each programme target beside what was achieved', async () => {
    const { backend, programme } = await buildRecord(start);
    await call(backend, 'programmes.update', {
      id: programme.id,
      targets: { referred: 4, started: 2, employersEngaged: 3, employersRelational: 1 },
    });
    const report = await call(backend, 'reports.funder', { ...year, programmeId: programme.id });
    const targets = report.figures.filter((figure) => figure.target !== null);
    expect(targets.map(({ label, count, target }) => [label, count, target])).toEqual([
      ['Employers engaged', 1, 3],
      ['Relational at the end', 0, 1],
      ['Referred', 1, 4],
      ['Started a job', 1, 2],
    ]);
    expect(await backend.invoke('programmes.update', { id: programme.id, targets: { started: 0 } })).toMatchObject({
      ok: false,
      error: { field: 'targets.started', message: 'Enter a target of 1 or more, or leave it empty' },
    });
    const exported = await call(backend, 'reports.export', { ...year, programmeId: programme.id, format: 'csv' });
    const csv = fs.readFileSync(exported.file, 'utf8');
    expect(csv).toContain('Progress to targets');
    expect(csv).toContain('Referred,4,1,1,4,25');
    const all = await call(backend, 'reports.funder', year);
    expect(all.figures.every((figure) => figure.target === null)).toBe(true);
  });

  it('refuses a period that ends before it starts, or is longer than 10 years', async () => {
    const { backend } = await buildRecord(start);
    expect(await backend.invoke('reports.funder', { from: '2026-12-31', to: '2026-01-01' })).toMatchObject({
      ok: false,
      error: { field: 'to' },
    });
    expect(await backend.invoke('reports.funder', { from: '2000-01-01', to: '9999-12-31' })).toMatchObject({
      ok: false,
      error: { field: 'to', message: 'Choose a period of 10 years or less' },
    });
  });
});
