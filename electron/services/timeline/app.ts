// The relationship timeline is a query, not a copy: interactions and the starts and ends of
// people's roles, merged newest first, one page at a time from a cursor (at, key).
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { z } from 'zod';
import type { employerTimelineInput, TimelineItem, TimelinePage } from '../../../shared/timeline/schema';
import type { Database } from '../../db/schema';
import { query, type Handlers } from '../context';
import { getInteractions } from '../interactions/app';

export type TimelineHandlers = Handlers<'timeline.forEmployer' | 'timeline.forPerson'>;

export const timelineHandlers: TimelineHandlers = {
  'timeline.forEmployer': query(({ employerId, personId, ...filters }, ctx) =>
    timelinePage(ctx.db, { employerId, personId }, filters),
  ),
  'timeline.forPerson': query(({ personId, ...filters }, ctx) => timelinePage(ctx.db, { personId }, filters)),
};

type Filters = Omit<z.output<typeof employerTimelineInput>, 'employerId' | 'personId'>;
type Scope = { employerId?: string; personId?: string };

const defaultLimit = 50;

export async function timelinePage(db: Kysely<Database>, scope: Scope, filters: Filters): Promise<TimelinePage> {
  const limit = filters.limit ?? defaultLimit;
  const branches = [interactionBranch(scope, filters, limit + 1)];
  const onlyInteractions = Boolean(filters.kinds?.length || filters.statuses?.length);
  if (!onlyInteractions) {
    branches.push(roleBranch('started', scope, filters, limit + 1), roleBranch('ended', scope, filters, limit + 1));
  }
  const { rows } = await sql<{ type: TimelineItem['type']; at: string; key: string; ref: string }>`
    select type, at, key, ref from (${sql.join(branches, sql` union all `)})
    order by at desc, key desc limit ${limit + 1}`.execute(db);

  const page = rows.slice(0, limit);
  const interactions = new Map(
    (
      await getInteractions(
        db,
        page.filter((row) => row.type === 'interaction').map((row) => row.ref),
      )
    ).map((i) => [i.id, i]),
  );
  const roles = await roleDetails(
    db,
    page.filter((row) => row.type !== 'interaction').map((row) => row.ref),
  );
  const items = page.flatMap((row): TimelineItem[] => {
    if (row.type === 'interaction') {
      const interaction = interactions.get(row.ref);
      return interaction ? [{ type: 'interaction', at: row.at, key: row.key, interaction }] : [];
    }
    const role = roles.get(row.ref);
    return role ? [{ type: row.type, at: row.at, key: row.key, ...role }] : [];
  });
  const last = page.at(-1);
  return { items, next: rows.length > limit && last ? { at: last.at, key: last.key } : null };
}

function interactionBranch(scope: Scope, filters: Filters, limit: number): RawBuilder<unknown> {
  const where: RawBuilder<unknown>[] = [sql`i.deleted_at is null`];
  if (scope.employerId) where.push(sql`i.employer_id = ${scope.employerId}`);
  if (scope.personId) {
    where.push(sql`i.id in (select interaction_id from interaction_person where person_id = ${scope.personId})`);
  }
  if (filters.kinds?.length) where.push(sql`i.kind in (${sql.join(filters.kinds)})`);
  if (filters.statuses?.length) where.push(sql`i.status in (${sql.join(filters.statuses)})`);
  where.push(...dateRange(sql`i.occurred_at`, filters));
  if (filters.after) where.push(sql`(i.occurred_at, i.id) < (${filters.after.at}, ${filters.after.key})`);
  return sql`select * from (
    select 'interaction' as type, i.occurred_at as at, i.id as key, i.id as ref from interaction i
    where ${sql.join(where, sql` and `)}
    order by i.occurred_at desc, i.id desc limit ${limit})`;
}

function roleBranch(edge: 'started' | 'ended', scope: Scope, filters: Filters, limit: number): RawBuilder<unknown> {
  const column = edge === 'started' ? sql`a.started_on` : sql`a.ended_on`;
  const key = sql`a.id || ${`:${edge}`}`;
  const where: RawBuilder<unknown>[] = [sql`a.deleted_at is null`, sql`${column} is not null`];
  if (scope.employerId) where.push(sql`a.employer_id = ${scope.employerId}`);
  if (scope.personId) where.push(sql`a.person_id = ${scope.personId}`);
  where.push(...dateRange(column, filters));
  if (filters.after) where.push(sql`(${column}, ${key}) < (${filters.after.at}, ${filters.after.key})`);
  return sql`select * from (
    select ${`affiliation_${edge}`} as type, ${column} as at, ${key} as key, a.id as ref from affiliation a
    where ${sql.join(where, sql` and `)}
    order by at desc, key desc limit ${limit})`;
}

// `to` is a whole day: everything before the start of the next one.
function dateRange(column: RawBuilder<unknown>, { from, to }: Filters): RawBuilder<unknown>[] {
  const range: RawBuilder<unknown>[] = [];
  if (from) range.push(sql`${column} >= ${from}`);
  if (to) range.push(sql`${column} < date(${to}, '+1 day')`);
  return range;
}

async function roleDetails(db: Kysely<Database>, ids: string[]) {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('affiliation as a')
    .innerJoin('person as p', 'p.id', 'a.personId')
    .innerJoin('employer as e', 'e.id', 'a.employerId')
    .select([
      'a.id as affiliationId',
      'a.personId',
      'p.name as personName',
      'a.employerId',
      'e.name as employerName',
      'a.roleTitle',
    ])
    .where('a.id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.affiliationId, row]));
}
