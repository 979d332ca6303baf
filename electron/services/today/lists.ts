// The Today page: what needs doing now, each list bounded and counted, from indexed reads.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { HealthSignalCode } from '../../../shared/health/signals';
import type { TodayEmployer, TodayList, TodayView } from '../../../shared/today/schema';
import type { Database } from '../../db/schema';
import { explainSignal, healthContext, type HealthContext } from '../health/explain';
import { addDays, signalCondition, type HealthClock } from '../health/signals';

const shown = 50;
const shownEmployers = 8;

/** Employers not in Trash, and only one account owner's when one is chosen. */
const shownEmployer = (alias: string, accountOwner?: string) =>
  accountOwner
    ? sql`${sql.ref(alias)}.deleted_at is null and ${sql.ref(alias)}.account_owner = ${accountOwner} collate nocase`
    : sql`${sql.ref(alias)}.deleted_at is null`;

export async function today(db: Kysely<Database>, now: string, accountOwner?: string): Promise<TodayView> {
  const clock = await healthContext(db, now);
  const e = shownEmployer('e', accountOwner);
  const weekAgo = addDays(clock.today, -7);
  const weekAhead = addDays(clock.today, 7);
  const followUpDue = sql`${e} and e.follow_up_on <= ${clock.today}`;
  const ourPromisesDue = sql`from commitment c join employer e on e.id = c.employer_id
    where c.status = 'open' and c.deleted_at is null and c.party = 'us' and c.due_on <= ${weekAhead}
      and ${e}`;
  // This week's plans, and any missed in the last week; older ones wait on the employer's page.
  const plannedThisWeek = sql`from interaction i join employer e on e.id = i.employer_id
    where i.status = 'planned' and i.deleted_at is null and i.occurred_at >= ${weekAgo}
      and i.occurred_at < ${weekAhead} and ${e}`;
  // A check in Trash with its referral has a deleted_at too, so counting them reads no referral.
  const checkDue = sql`s.status = 'due' and s.deleted_at is null and s.due_on <= ${weekAhead} and ${e}`;
  const signalled = await signalCounts(db, clock, accountOwner);
  return {
    asOf: now,
    followUps: await listed(
      db,
      sql`select i.id as interaction_id, e.id as employer_id, e.name as employer_name, e.follow_up_on, i.summary,
          i.follow_up_note
        from employer e join interaction i on i.id = e.follow_up_interaction_id
        where ${followUpDue} order by e.follow_up_on, e.id`,
      sql`from employer e where ${followUpDue}`,
    ),
    ourCommitments: await listed(
      db,
      sql`select c.id, e.id as employer_id, e.name as employer_name, c.description, c.due_on
        ${ourPromisesDue} order by c.due_on, c.employer_id`,
      ourPromisesDue,
    ),
    planned: await listed(
      db,
      sql`select i.id, e.id as employer_id, e.name as employer_name, i.kind, i.summary, i.occurred_at
        ${plannedThisWeek} order by i.occurred_at, i.employer_id`,
      plannedThisWeek,
    ),
    sustainmentChecks: await listed(
      db,
      sql`select s.id, r.id as referral_id, r.reference, e.id as employer_id, e.name as employer_name,
          o.title as opportunity_title, s.weeks, s.due_on
        from sustainment_check s join employer e on e.id = s.employer_id join referral r on r.id = s.referral_id
          join opportunity o on o.id = r.opportunity_id
        where ${checkDue} order by s.due_on, s.employer_id`,
      sql`from sustainment_check s join employer e on e.id = s.employer_id where ${checkDue}`,
    ),
    goingCold: await employersShowing(db, 'going_cold', clock, signalled.going_cold, accountOwner),
    singleThreaded: await employersShowing(db, 'single_threaded', clock, signalled.single_threaded, accountOwner),
    orphaned: await employersShowing(db, 'orphaned', clock, signalled.orphaned, accountOwner),
  };
}

/** The first rows, read in index order, and how many there are in all. */
async function listed<Row>(
  db: Kysely<Database>,
  rows: RawBuilder<Row>,
  from: RawBuilder<unknown>,
  limit = shown,
): Promise<TodayList<Row>> {
  const { rows: first } = await sql<Row>`${rows} limit ${limit}`.execute(db);
  const { rows: count } = await sql<{ total: number }>`select count(*) as total ${from}`.execute(db);
  return { rows: first, total: count[0]?.total ?? 0 };
}

const listedSignals = ['going_cold', 'single_threaded', 'orphaned'] as const;

/** How many employers show each of Today's signals, in one pass over the employers. */
async function signalCounts(db: Kysely<Database>, clock: HealthClock, accountOwner?: string) {
  const sums = listedSignals.map((code, index) => sql`sum(${signalCondition(code, clock)}) as ${sql.ref(`s${index}`)}`);
  const { rows } = await sql<Record<string, number | null>>`select ${sql.join(sums)} from employer
    where ${shownEmployer('employer', accountOwner)}`.execute(db);
  return Object.fromEntries(listedSignals.map((code, index) => [code, rows[0]?.[`s${index}`] ?? 0])) as Record<
    (typeof listedSignals)[number],
    number
  >;
}

/** Employers showing a signal, the longest without contact first, each with its reason. */
async function employersShowing(
  db: Kysely<Database>,
  code: HealthSignalCode,
  clock: HealthContext,
  total: number,
  accountOwner?: string,
): Promise<TodayList<TodayEmployer>> {
  const { rows: found } = await sql<Omit<TodayEmployer, 'sentence'>>`
    select employer.id, employer.name, employer.phase, employer.last_contact_at from employer
    where ${shownEmployer('employer', accountOwner)} and ${signalCondition(code, clock)}
    order by employer.last_contact_at, employer.id limit ${shownEmployers}`.execute(db);
  const rows: TodayEmployer[] = [];
  for (const row of found) rows.push({ ...row, sentence: await explainSignal(db, row.id, code, clock) });
  return { rows, total };
}
