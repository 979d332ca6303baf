// Gathers the facts the depth suggestion is worked out from, each with an indexed query.
import { sql, type Kysely } from 'kysely';
import type { DepthFacts } from '../../../shared/assessments/schema';
import type { Database } from '../../db/schema';

export async function depthFacts(db: Kysely<Database>, employerId: string, now: string): Promise<DepthFacts> {
  const today = now.slice(0, 10);
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  // The last 12 months are this month and the 11 before it, each from its first day.
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const twelveMonthsFrom = month === 12 ? `${year}-01-01` : `${year - 1}-${String(month + 1).padStart(2, '0')}-01`;
  const { rows: contact } = await sql<{ months: number; first: string | null }>`
    select
      (select count(distinct substr(occurred_at, 1, 7)) from interaction
        where employer_id = ${employerId} and status = 'done' and deleted_at is null
          and occurred_at >= ${twelveMonthsFrom}) as months,
      (select min(occurred_at) from interaction
        where employer_id = ${employerId} and status = 'done' and deleted_at is null) as first`.execute(db);
  const people = await db
    .selectFrom('employerContact')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('employerId', '=', employerId)
    .where('lastContactAt', '>=', yearAgo)
    .executeTakeFirstOrThrow();
  const { rows: promises } = await sql<{ party: string; status: string; count: number; recent: number }>`
    select party, status, count(*) as count, sum(made_on >= ${yearAgo}) as recent from commitment
    where employer_id = ${employerId} and deleted_at is null group by party, status`.execute(db);
  const { rows: trust } = await sql<{ direction: string; count: number }>`
    select direction, count(*) as count from (
      select direction, row_number() over (partition by level order by observed_on desc, id desc) as latest
      from trust_note where employer_id = ${employerId} and deleted_at is null)
    where latest = 1 group by direction`.execute(db);
  const count = (party: string, status: string) =>
    promises.find((row) => row.party === party && row.status === status)?.count ?? 0;
  const first = contact[0]?.first;
  return {
    monthsWithContact: contact[0]?.months ?? 0,
    peopleEngaged: Number(people.count),
    employerKept: count('employer', 'kept'),
    employerBroken: count('employer', 'broken'),
    usKept: count('us', 'kept'),
    usBroken: count('us', 'broken'),
    employerPromisesMade: promises
      .filter((row) => row.party === 'employer' && row.status !== 'released')
      .reduce((sum, row) => sum + row.recent, 0),
    relationshipMonths: first ? monthsBetween(first, today) : 0,
    trustStrengthenedLevels: trust.find((row) => row.direction === 'strengthened')?.count ?? 0,
    trustWeakenedLevels: trust.find((row) => row.direction === 'weakened')?.count ?? 0,
    phase:
      (await db.selectFrom('employer').select('phase').where('id', '=', employerId).executeTakeFirst())?.phase ?? '',
  };
}

/** Whole months from one date to another, at least 1 once there has been contact. */
function monthsBetween(from: string, to: string): number {
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + (Number(to.slice(5, 7)) - Number(from.slice(5, 7)));
  return Math.max(1, to.slice(8, 10) < from.slice(8, 10) ? months - 1 : months);
}
