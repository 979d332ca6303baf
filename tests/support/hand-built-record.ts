// A small record built by hand, with known answers for the funder report and case studies.
import { call } from './call';
import type { clockedBackends } from './clocked-backend';

export async function buildRecord(start: ReturnType<typeof clockedBackends>) {
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
  const referrals = await call(backend, 'referrals.create', {
    opportunityId: trial.id,
    references: ['P-0001', 'P-0002'],
    referredOn: '2026-03-10',
  });
  const [first] = referrals;
  await call(backend, 'referrals.advance', { ids: [first!.id], stage: 'started', on: '2026-03-20' });
  await call(backend, 'referrals.advance', { ids: [first!.id], stage: 'sustained_13', on: '2026-06-20' });
  const [third] = await call(backend, 'referrals.create', {
    opportunityId: vacancy.id,
    references: ['P-0003'],
    referredOn: '2026-07-02',
  });
  await call(backend, 'referrals.advance', { ids: [third!.id], stage: 'started', on: '2026-07-10' });
  return { backend, clocked, programme, acme, referrals };
}
