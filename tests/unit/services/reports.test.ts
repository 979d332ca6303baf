// Every figure of the funder report against a small record built by hand, with known answers.
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
      { approach: 'job_fair', employers: 2, relational: 1 },
      { approach: 'cold_call', employers: 1, relational: 0 },
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
      { code: 'retail', employers: 2, relational: 1, starts: 2 },
      { code: 'hospitality', employers: 1, relational: 0, starts: 0 },
    ]);
    expect(report.byLocality).toEqual([
      { code: 'Salford', employers: 2, relational: 1, starts: 1 },
      { code: 'Bury', employers: 1, relational: 0, starts: 1 },
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
