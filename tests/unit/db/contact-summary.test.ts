// Each person's latest contact with each employer (employer_contact, kept by triggers) stays
// what a full count from the contacts themselves gives, however contacts are moved between
// employers, re-dated, cancelled, removed and put back — one row at a time or all at once.
import { expect } from 'vitest';
import { openDatabase } from '../../../electron/db/open';
import { seededRandom } from '../../../electron/services/demo/random';
import { withSummariesAfter } from '../../../electron/db/employer-summaries';
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

/** Employers e1, e2 and e3, and the people named. */
function threeEmployers(sqlite: Awaited<ReturnType<typeof openDatabase>>['sqlite'], people: string[], stamp: string) {
  for (const id of ['e1', 'e2', 'e3'])
    sqlite
      .prepare(
        `insert into employer (id, name, name_key, phase, is_branch_of_national, phase_since, created_at, updated_at)
         values (?, ?, ?, 'maintaining', 0, '2026-01-01', ?, ?)`,
      )
      .run(id, id, id, stamp, stamp);
  for (const id of people)
    sqlite
      .prepare('insert into person (id, name, created_at, updated_at) values (?, ?, ?, ?)')
      .run(id, id, stamp, stamp);
}

test('the latest contact per person and employer follows every change to contacts', async () => {
  const { sqlite, db } = await openDatabase({ dataDir: makeDataDir() });
  try {
    const random = seededRandom(7);
    const at = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toISOString();
    const stamp = at(0);
    threeEmployers(sqlite, ['p1', 'p2', 'p3', 'p4'], stamp);
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

// Merging and undoing set the triggers aside and work the summaries out once at the end: the
// employers must end exactly as the triggers, row by row, would have left them.
test('summaries worked out at the end of a bulk write match those kept row by row', async () => {
  const twins = await Promise.all([openDatabase({ dataDir: makeDataDir() }), openDatabase({ dataDir: makeDataDir() })]);
  try {
    const stamp = '2026-01-01T00:00:00.000Z';
    const day = (n: number) => `2026-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
    const writes = (seed: number) => {
      const random = seededRandom(seed);
      const employer = () => random.pick(['e1', 'e2', 'e3']);
      const statements: [string, unknown[]][] = [];
      for (let n = 0; n < 40; n++) {
        statements.push([
          `insert into interaction (id, employer_id, kind, status, occurred_at, summary, follow_up_on, created_at, updated_at)
           values (?, ?, 'call', ?, ?, 'Call', ?, ?, ?)`,
          [
            `i${n}`,
            employer(),
            random.pick(['done', 'planned']),
            `${day(n)}T10:00:00.000Z`,
            random.chance(0.3) ? day(n + 3) : null,
            stamp,
            stamp,
          ],
        ]);
        for (const person of ['p1', 'p2', 'p3'])
          if (random.chance(0.4)) statements.push(['insert into interaction_person values (?, ?)', [`i${n}`, person]]);
        statements.push([
          `insert into commitment (id, employer_id, party, description, status, due_on, created_at, updated_at)
           values (?, ?, ?, 'A promise', ?, ?, ?, ?)`,
          [
            `c${n}`,
            employer(),
            random.pick(['us', 'employer']),
            random.pick(['open', 'kept']),
            day(n + 5),
            stamp,
            stamp,
          ],
        ]);
        statements.push([
          `insert into trust_note (id, employer_id, level, direction, observation, observed_on, created_at, updated_at)
           values (?, ?, ?, ?, 'Seen', ?, ?, ?)`,
          [
            `t${n}`,
            employer(),
            random.pick(['institutional', 'inter_personal']),
            random.pick(['weakened', 'steady']),
            day(n),
            stamp,
            stamp,
          ],
        ]);
      }
      for (const person of ['p1', 'p2', 'p3'])
        statements.push([
          `insert into affiliation (id, person_id, employer_id, is_primary, ended_on, created_at, updated_at)
           values (?, ?, ?, ?, ?, ?, ?)`,
          [
            `a-${person}`,
            person,
            employer(),
            person === 'p1' ? 1 : 0,
            random.chance(0.5) ? day(1) : null,
            stamp,
            stamp,
          ],
        ]);
      // A merge: everything of two employers moved to the third.
      for (const table of ['interaction', 'commitment', 'trust_note', 'affiliation'])
        statements.push([`update ${table} set employer_id = 'e1' where employer_id in ('e2', 'e3')`, []]);
      statements.push([`update interaction set deleted_at = ? where id in ('i3', 'i7')`, [stamp]]);
      return statements;
    };
    for (const { sqlite } of twins) threeEmployers(sqlite, ['p1', 'p2', 'p3'], stamp);
    for (const seed of [1, 2, 3]) {
      const [rowByRow, atTheEnd] = twins;
      for (const [statement, values] of writes(seed)) rowByRow.sqlite.prepare(statement).run(...values);
      await atTheEnd.db.transaction().execute((tx) =>
        withSummariesAfter(
          tx,
          Number.POSITIVE_INFINITY,
          async () => {
            for (const [statement, values] of writes(seed)) atTheEnd.sqlite.prepare(statement).run(...values);
          },
          () => ['e1', 'e2', 'e3'],
        ),
      );
      const state = (sqlite: typeof rowByRow.sqlite) => [
        sqlite.prepare('select * from employer order by id').all(),
        sqlite.prepare(kept).all(),
      ];
      expect(state(atTheEnd.sqlite), `seed ${seed}`).toEqual(state(rowByRow.sqlite));
      expect(
        atTheEnd.sqlite.prepare(`select count(*) from sqlite_master where name like '%summary%'`).pluck().get(),
      ).toBe(rowByRow.sqlite.prepare(`select count(*) from sqlite_master where name like '%summary%'`).pluck().get());
      for (const { sqlite } of twins)
        for (const table of ['interaction_person', 'interaction', 'commitment', 'trust_note', 'affiliation'])
          sqlite.prepare(`delete from ${table}`).run();
    }
  } finally {
    for (const { db } of twins) await db.destroy();
  }
});
