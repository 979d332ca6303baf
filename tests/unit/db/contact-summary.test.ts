// Each person's latest contact with each employer (employer_contact, kept by triggers) stays
// what a full count from the contacts themselves gives, however contacts are moved between
// employers, re-dated, cancelled, removed and put back — one row at a time or all at once.
import { expect } from 'vitest';
import { openDatabase } from '../../../electron/db/open';
import { seededRandom } from '../../../electron/services/demo/random';
import { makeDataDir, test } from '../../support/temp-backend';

const recount = `select i.employer_id, ip.person_id, max(i.occurred_at) as last_contact_at
  from interaction_person ip join interaction i on i.id = ip.interaction_id
  where i.status = 'done' and i.deleted_at is null
  group by i.employer_id, ip.person_id order by 1, 2`;
const kept = 'select employer_id, person_id, last_contact_at from employer_contact order by 1, 2';
const latest = `select e.id, e.latest_person_contact_at, e.second_person_contact_at,
  (select last_contact_at from employer_contact c where c.employer_id = e.id order by 1 desc limit 1) as first,
  (select last_contact_at from employer_contact c where c.employer_id = e.id order by 1 desc limit 1 offset 1) as second
  from employer e`;

test('the latest contact per person and employer follows every change to contacts', async () => {
  const { sqlite, db } = await openDatabase({ dataDir: makeDataDir() });
  try {
    const random = seededRandom(7);
    const at = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toISOString();
    const stamp = at(0);
    for (const id of ['e1', 'e2', 'e3'])
      sqlite
        .prepare(
          `insert into employer (id, name, name_key, phase, is_branch_of_national, phase_since, created_at, updated_at)
           values (?, ?, ?, 'maintaining', 0, '2026-01-01', ?, ?)`,
        )
        .run(id, id, id, stamp, stamp);
    for (const id of ['p1', 'p2', 'p3', 'p4'])
      sqlite
        .prepare('insert into person (id, name, created_at, updated_at) values (?, ?, ?, ?)')
        .run(id, id, stamp, stamp);
    for (let n = 0; n < 60; n++) {
      const id = `i${String(n).padStart(2, '0')}`;
      sqlite
        .prepare(
          `insert into interaction (id, employer_id, kind, status, occurred_at, summary, created_at, updated_at)
           values (?, ?, 'call', ?, ?, 'Call', ?, ?)`,
        )
        .run(
          id,
          random.pick(['e1', 'e2', 'e3']),
          random.chance(0.8) ? 'done' : 'planned',
          at(random.int(1, 500)),
          stamp,
          stamp,
        );
      for (const person of ['p1', 'p2', 'p3', 'p4'])
        if (random.chance(0.4)) sqlite.prepare('insert into interaction_person values (?, ?)').run(id, person);
    }
    const check = (step: string) => {
      expect(sqlite.prepare(kept).all(), step).toEqual(sqlite.prepare(recount).all());
      for (const row of sqlite.prepare(latest).all() as Record<string, unknown>[]) {
        expect([row.latest_person_contact_at, row.second_person_contact_at], step).toEqual([row.first, row.second]);
      }
    };
    check('after adding');
    for (let step = 0; step < 300; step++) {
      const id = `i${String(random.int(0, 59)).padStart(2, '0')}`;
      const change = random.pick(['employer', 'status', 'date', 'removed', 'all']);
      if (change === 'employer')
        sqlite.prepare('update interaction set employer_id = ? where id = ?').run(random.pick(['e1', 'e2', 'e3']), id);
      if (change === 'status')
        sqlite
          .prepare('update interaction set status = ? where id = ?')
          .run(random.pick(['done', 'planned', 'cancelled']), id);
      if (change === 'date')
        sqlite.prepare('update interaction set occurred_at = ? where id = ?').run(at(random.int(1, 500)), id);
      if (change === 'removed')
        sqlite
          .prepare('update interaction set deleted_at = case when deleted_at is null then ? else null end where id = ?')
          .run(stamp, id);
      // A merge: every contact of one employer moved to another in one statement.
      if (change === 'all')
        sqlite
          .prepare('update interaction set employer_id = ? where employer_id = ?')
          .run('e1', random.pick(['e2', 'e3']));
      check(`step ${step}: ${change} ${id}`);
    }
  } finally {
    await db.destroy();
  }
});
