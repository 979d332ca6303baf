// Every figure of the funder report against a small record built by hand, with known answers.
import { describe, expect, it } from 'vitest';
import { call } from '../../support/call';
import { clockedBackends } from '../../support/clocked-backend';

const start = clockedBackends();
const year = { from: '2026-01-01', to: '2026-12-31' };

async function buildRecord() {
  const clocked = await start('2026-12-31');
  const { backend } = clocked;
  const on = async <T>(day: string, work: () => Promise<T>) => {
    clocked.setToday(day);
    const done = await work();
    clocked.setToday('2026-12-31');
    return done;
  };
  const employer = (name: string, fields: Record<string, string>) =>
    call(backend, 'employers.create', { name, ...fields });
  const contact = (employerId: string, day: string, kind: string, status: 'done' | 'planned' = 'done') =>
    call(backend, 'interactions.create', {
      employerId,
      kind,
      status,
      occurredAt: `${day}T10:00:00Z`,
      summary: `${kind} on ${day}`,
    });
  const assess = (employerId: string, assessedOn: string, depth: number, rolesOurs: string[]) =>
    call(backend, 'assessments.create', { employerId, assessedOn, depth, rolesOurs });

  const programme = await call(backend, 'programmes.create', { name: 'Working Futures', funder: 'Lambeth Council' });
  const acme = await employer('Acme Ltd', {
    sector: 'retail',
    sizeBand: 'small',
    locality: 'Salford',
    approach: 'job_fair',
  });
  const bolt = await employer('Bolt Cafe', {
    sector: 'hospitality',
    sizeBand: 'micro',
    locality: 'Salford',
    approach: 'cold_call',
  });
  const cole = await employer('Cole Stores', {
    sector: 'retail',
    sizeBand: 'medium',
    locality: 'Bury',
    approach: 'job_fair',
  });
  const dorm = await employer('Dorm Works', { sector: 'retail', locality: 'Bury' });
  const gone = await employer('Gone Ltd', { sector: 'retail', locality: 'Bury' });

  await contact(acme.id, '2025-11-10', 'call');
  await contact(acme.id, '2026-03-05', 'call');
  await on('2026-12-29', () => contact(acme.id, '2026-12-30', 'meeting', 'planned'));
  await contact(bolt.id, '2026-02-10', 'email');
  await contact(bolt.id, '2026-02-20', 'meeting');
  await contact(dorm.id, '2025-06-01', 'call');
  await contact(gone.id, '2026-05-01', 'call');
  await call(backend, 'employers.archive', { id: gone.id });

  await assess(acme.id, '2025-12-01', 2, ['consumer']);
  await assess(acme.id, '2026-06-01', 4, ['consumer', 'provider']);
  await assess(bolt.id, '2026-05-01', 3, ['consumer']);
  await assess(dorm.id, '2025-07-01', 5, ['strategic_partner']);

  const theirs = await on('2026-03-05', () =>
    call(backend, 'commitments.create', { employerId: acme.id, party: 'employer', description: 'A work trial' }),
  );
  await call(backend, 'commitments.resolve', { id: theirs.id, status: 'kept', resolvedOn: '2026-03-20' });
  const ours = await on('2026-02-10', () =>
    call(backend, 'commitments.create', { employerId: bolt.id, party: 'us', description: 'Send two candidates' }),
  );
  await call(backend, 'commitments.resolve', { id: ours.id, status: 'broken', resolvedOn: '2026-04-01' });
  await on('2025-11-10', () =>
    call(backend, 'commitments.create', { employerId: acme.id, party: 'us', description: 'Review the advert' }),
  );
  await on('2026-04-01', () =>
    call(backend, 'commitments.create', { employerId: dorm.id, party: 'us', description: 'Not counted' }),
  );

  const trial = await call(backend, 'opportunities.create', {
    employerId: acme.id,
    kind: 'work_trial',
    title: 'Two-day trial',
    places: 2,
    openedOn: '2026-03-06',
  });
  const vacancy = await call(backend, 'opportunities.create', {
    employerId: cole.id,
    kind: 'vacancy',
    title: 'Shelf filler',
    places: 3,
    openedOn: '2026-07-01',
    programmeId: programme.id,
  });
  const [first] = await call(backend, 'referrals.create', {
    opportunityId: trial.id,
    references: ['P-0001', 'P-0002'],
    referredOn: '2026-03-10',
  });
  await call(backend, 'referrals.advance', { ids: [first!.id], stage: 'started', on: '2026-03-20' });
  await call(backend, 'referrals.advance', { ids: [first!.id], stage: 'sustained_13', on: '2026-06-20' });
  const [third] = await call(backend, 'referrals.create', {
    opportunityId: vacancy.id,
    references: ['P-0003'],
    referredOn: '2026-07-02',
  });
  await call(backend, 'referrals.advance', { ids: [third!.id], stage: 'started', on: '2026-07-10' });
  return { backend, programme };
}

describe('the funder report', () => {
  it('counts every figure for the whole record over a year', async () => {
    const { backend } = await buildRecord();
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
    const { backend, programme } = await buildRecord();
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
    const { backend } = await buildRecord();
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
