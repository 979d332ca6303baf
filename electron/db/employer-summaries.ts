// The facts each employer's row keeps about its other rows (last contact, next follow-up, who
// was last in touch, promises due, trust weakened, a main contact gone: migration 004) are kept
// by the schema's triggers, one row at a time. A write that moves thousands of rows at once
// would pay that upkeep for every row: merging an employer with 12,000 contacts took 8 s. Such a
// write sets the triggers aside for its own transaction and works out the facts once, for each
// employer it touched. DDL is part of the transaction, so a rollback brings the triggers back.
// For a few rows the triggers are quicker than working the facts out afresh: they are left be.
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

/** Rows written past which the summaries are worked out once, at the end. */
const bulk = 500;

export async function withSummariesAfter<T>(
  db: Kysely<Database>,
  rows: number,
  work: () => Promise<T>,
  employersTouched: () => Promise<Iterable<string>> | Iterable<string>,
): Promise<T> {
  if (rows <= bulk) return work();
  const { rows: triggers } = await sql<{ name: string; sql: string }>`select name, sql from sqlite_master
    where type = 'trigger' and name like '%!_summary!_%' escape '!'`.execute(db);
  for (const trigger of triggers) await sql`drop trigger ${sql.ref(trigger.name)}`.execute(db);
  const output = await work();
  await refreshSummaries(db, [...new Set(await employersTouched())]);
  for (const trigger of triggers) await sql.raw(trigger.sql).execute(db);
  return output;
}

/** Works each fact out afresh from the rows, in the order the triggers keep them. */
async function refreshSummaries(db: Kysely<Database>, employers: string[]) {
  const ids = sql`(select value from json_each(${JSON.stringify(employers)}))`;
  await sql`delete from employer_contact where employer_id in ${ids}`.execute(db);
  await sql`insert into employer_contact (employer_id, person_id, last_contact_at)
    select i.employer_id, ip.person_id, max(i.occurred_at)
    from interaction i join interaction_person ip on ip.interaction_id = i.id
    where i.employer_id in ${ids} and i.status = 'done' and i.deleted_at is null
    group by i.employer_id, ip.person_id`.execute(db);
  await sql`update employer set last_contact_at = (
      select occurred_at from interaction
      where employer_id = employer.id and status = 'done' and deleted_at is null
      order by occurred_at desc limit 1)
    where id in ${ids}`.execute(db);
  await sql`update employer set (follow_up_on, follow_up_interaction_id) = (
      select follow_up_on, id from interaction
      where employer_id = employer.id and deleted_at is null and follow_up_on is not null
        and follow_up_on > coalesce(substr(employer.last_contact_at, 1, 10), '')
      order by follow_up_on, id limit 1)
    where id in ${ids}`.execute(db);
  const recentPeople = (offset: number) => sql`(select last_contact_at from employer_contact
    where employer_id = employer.id order by last_contact_at desc limit 1 offset ${sql.lit(offset)})`;
  await sql`update employer set
      latest_person_contact_at = ${recentPeople(0)},
      second_person_contact_at = ${recentPeople(1)},
      orphaned = (
        exists (select 1 from affiliation a where a.employer_id = employer.id and a.is_primary = 1
          and a.ended_on is not null and a.deleted_at is null)
        and not exists (select 1 from affiliation a where a.employer_id = employer.id and a.ended_on is null
          and a.deleted_at is null)),
      we_owe_due_on = (select min(due_on) from commitment c where c.employer_id = employer.id
        and c.status = 'open' and c.party = 'us' and c.deleted_at is null),
      they_owe_due_on = (select min(due_on) from commitment c where c.employer_id = employer.id
        and c.status = 'open' and c.party = 'employer' and c.deleted_at is null),
      trust_weakened_levels = (
        select count(*) from (
          select direction, row_number() over (partition by level order by observed_on desc, id desc) as latest
          from trust_note where employer_id = employer.id and deleted_at is null)
        where latest = 1 and direction = 'weakened')
    where id in ${ids}`.execute(db);
}
