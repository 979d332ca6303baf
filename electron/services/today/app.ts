// The Today page: what needs doing now, each list bounded and counted, from indexed reads.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { HealthSignalCode } from '../../../shared/health/schema';
import type { TodayEmployer, TodayList, TodayView } from '../../../shared/today/schema';
import type { Database } from '../../db/schema';
import { query, type Handlers } from '../context';
import { explainSignal } from '../health/app';
import { addDays, healthClock, signalCondition, type HealthClock } from '../health/signals';

export type TodayHandlers = Handlers<'today.get'>;

export const todayHandlers: TodayHandlers = {
  'today.get': query((_input, ctx) => today(ctx.db, ctx.now())),
};

const shown = 50;
const shownEmployers = 8;

async function today(db: Kysely<Database>, now: string): Promise<TodayView> {
  const clock = await healthClock(db, now);
  const weekAgo = addDays(clock.today, -7);
  const weekAhead = addDays(clock.today, 7);
  const followUpDue = sql`e.deleted_at is null and e.follow_up_on <= ${clock.today}`;
  const ourPromisesDue = sql`from commitment c join employer e on e.id = c.employer_id
    where c.status = 'open' and c.deleted_at is null and c.due_on <= ${weekAhead} and c.party = 'us'
      and e.deleted_at is null`;
  // This week's plans, and any missed in the last week; older ones wait on the employer's page.
  const plannedThisWeek = sql`from interaction i join employer e on e.id = i.employer_id
    where i.status = 'planned' and i.deleted_at is null and i.occurred_at >= ${weekAgo}
      and i.occurred_at < ${weekAhead} and e.deleted_at is null`;
  return {
    asOf: now,
    followUps: {
      rows: (
        await sql<TodayView['followUps']['rows'][number]>`
          select i.id as interaction_id, e.id as employer_id, e.name as employer_name, i.summary, e.follow_up_on,
            i.follow_up_note
          from employer e join interaction i on i.id = e.follow_up_interaction_id
          where ${followUpDue}
          order by e.follow_up_on, e.name limit ${shown}`.execute(db)
      ).rows,
      total: await count(db, sql`from employer e where ${followUpDue}`),
    },
    ourCommitments: await listed(
      db,
      sql`c.id, e.id as employer_id, e.name as employer_name, c.description, c.due_on`,
      ourPromisesDue,
      sql`c.due_on, c.id`,
    ),
    planned: await listed(
      db,
      sql`i.id, e.id as employer_id, e.name as employer_name, i.kind, i.summary, i.occurred_at`,
      plannedThisWeek,
      sql`i.occurred_at, i.id`,
    ),
    goingCold: await employersShowing(db, 'going_cold', clock),
    singleThreaded: await employersShowing(db, 'single_threaded', clock),
    orphaned: await employersShowing(db, 'orphaned', clock),
  };
}

async function count(db: Kysely<Database>, from: RawBuilder<unknown>): Promise<number> {
  const { rows } = await sql<{ total: number }>`select count(*) as total ${from}`.execute(db);
  return rows[0]?.total ?? 0;
}

/** The first rows and how many there are, in one pass. */
async function listed<Row>(
  db: Kysely<Database>,
  columns: RawBuilder<unknown>,
  from: RawBuilder<unknown>,
  order: RawBuilder<unknown>,
  limit = shown,
): Promise<TodayList<Row>> {
  const { rows } = await sql<Row & { listTotal: number }>`
    select ${columns}, count(*) over () as list_total ${from} order by ${order} limit ${limit}`.execute(db);
  return { rows: rows.map(({ listTotal: _total, ...row }) => row as Row), total: rows[0]?.listTotal ?? 0 };
}

/** Employers showing a signal, the longest without contact first, each with its reason. */
async function employersShowing(
  db: Kysely<Database>,
  code: HealthSignalCode,
  clock: HealthClock,
): Promise<TodayList<TodayEmployer>> {
  const list = await listed<Omit<TodayEmployer, 'sentence'>>(
    db,
    sql`employer.id, employer.name, employer.phase, employer.last_contact_at`,
    sql`from employer where employer.deleted_at is null and ${signalCondition(code, clock)}`,
    sql`coalesce(employer.last_contact_at, ''), employer.name`,
    shownEmployers,
  );
  const rows: TodayEmployer[] = [];
  for (const row of list.rows) rows.push({ ...row, sentence: await explainSignal(db, row.id, code, clock) });
  return { rows, total: list.total };
}
