// The retention review: people with no contact for a chosen number of years, to erase or to
// keep with a reason. Someone kept within that time is not asked about again.
import { sql, type Kysely } from 'kysely';
import type { RetentionCandidate } from '../../../shared/privacy/schema';
import { DomainError } from '../../../shared/result';
import type { Database } from '../../db/schema';
import type { ServiceContext } from '../../kernel/context';
import { getPerson } from '../people/person';

export async function retentionReview(
  db: Kysely<Database>,
  years: number,
  today: string,
): Promise<RetentionCandidate[]> {
  const cutoff = `${Number(today.slice(0, 4)) - years}${today.slice(4, 10)}`;
  const { rows } = await sql<RetentionCandidate>`
    select id, name, employers, last_contact_on, added_on, kept_reason, kept_on from (
      select p.id, p.name, p.kept_reason, p.kept_on, substr(p.created_at, 1, 10) as added_on,
        (select substr(max(c.last_contact_at), 1, 10) from employer_contact c where c.person_id = p.id) as last_contact_on,
        (select group_concat(name, ', ') from (
          select e.name from affiliation a join employer e on e.id = a.employer_id
          where a.person_id = p.id and a.deleted_at is null
          order by a.ended_on is null desc, coalesce(a.ended_on, a.started_on) desc)) as employers
      from person p
      where p.deleted_at is null and p.created_at < ${cutoff} and (p.kept_on is null or p.kept_on < ${cutoff}))
    where last_contact_on is null or last_contact_on < ${cutoff}
    order by last_contact_on is not null, last_contact_on, name
    limit 1000`.execute(db);
  return rows.map((row) => ({ ...row, employers: row.employers ?? '' }));
}

export async function keepPerson(ctx: ServiceContext, id: string, reason: string) {
  const before = await getPerson(ctx.db, id);
  if (before.deletedAt) throw new DomainError('not_found', `${before.name} is in Trash. Restore them first.`, 'id');
  await ctx.db
    .updateTable('person')
    .set({ keptReason: reason, keptOn: ctx.now().slice(0, 10), updatedAt: ctx.now() })
    .where('id', '=', id)
    .execute();
  const after = await getPerson(ctx.db, id);
  return after;
}
