// The relationship timeline is a query, not a copy: interactions, the starts and ends of
// people's roles and the relationship's other events (records.ts), merged newest first, one page at a time from a cursor (at, key). Each kind
// is read with its own indexed query, limited to one page, and the pages are merged here.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { z } from 'zod';
import type { Interaction } from '../../../shared/interactions/schema';
import type { employerTimelineInput, TimelineItem, TimelinePage } from '../../../shared/timeline/schema';
import type { Database } from '../../db/schema';
import { recordedBy, whoKey, type RecordRef } from '../changes/recordedBy';
import { attachPeopleAndFiles } from '../interactions/interaction';
import { recordEvents } from './records';

type Filters = Omit<z.output<typeof employerTimelineInput>, 'employerId' | 'personId'>;
type Scope = { employerId?: string; personId?: string };
type RoleItem = Extract<TimelineItem, { type: 'affiliation_started' | 'affiliation_ended' }>;

const defaultLimit = 50;

export async function timelinePage(db: Kysely<Database>, scope: Scope, filters: Filters): Promise<TimelinePage> {
  const limit = filters.limit ?? defaultLimit;
  const onlyInteractions = Boolean(filters.kinds?.length || filters.statuses?.length);
  // Unless a status is chosen, planned contact is "Coming up", soonest first, on the first page,
  // and the history below it holds what happened.
  const apart = !filters.statuses?.length;
  const history = apart ? { ...filters, statuses: ['done', 'cancelled'] as ('done' | 'cancelled')[] } : filters;
  const interactions = await interactionPage(db, scope, history, limit + 1);
  const comingUp = apart && !filters.after ? await plannedContacts(db, scope, filters, limit) : [];
  const roles = onlyInteractions ? [] : await roleChanges(db, scope, filters, limit + 1);
  const records = onlyInteractions ? [] : await recordEvents(db, scope, filters, limit + 1);
  const merged: TimelineItem[] = [
    ...interactions.map((interaction): TimelineItem => ({
      type: 'interaction',
      at: interaction.occurredAt,
      key: interaction.id,
      interaction,
    })),
    ...roles,
    ...records,
  ].sort((a, b) => (a.at === b.at ? compare(b.key, a.key) : compare(b.at, a.at)));
  const items = merged.slice(0, limit);
  await attachPeopleAndFiles(
    db,
    items.flatMap((item) => (item.type === 'interaction' ? [item.interaction] : [])),
  );
  await attachPeopleAndFiles(db, comingUp);
  const planned = comingUp.map((interaction): TimelineItem => ({
    type: 'interaction',
    at: interaction.occurredAt,
    key: interaction.id,
    interaction,
  }));
  await attachRecordedBy(db, [...planned, ...items]);
  const last = items.at(-1);
  return {
    comingUp: planned,
    items,
    next: merged.length > limit && last ? { at: last.at, key: last.key } : null,
  };
}

/** The record behind an item, and for an ending or a settled promise, the field that says so. */
function recordOf(item: TimelineItem): RecordRef {
  switch (item.type) {
    case 'interaction':
      return { entity: 'interaction', id: item.interaction.id };
    case 'affiliation_started':
      return { entity: 'affiliation', id: item.affiliationId };
    case 'affiliation_ended':
      return { entity: 'affiliation', id: item.affiliationId, field: 'ended_on' };
    case 'trust_note':
      return { entity: 'trust_note', id: item.note.id };
    case 'commitment_made':
      return { entity: 'commitment', id: item.commitment.id };
    case 'commitment_resolved':
      return { entity: 'commitment', id: item.commitment.id, field: 'resolved_on' };
    case 'phase_change':
      return { entity: 'phase_change', id: item.change.id };
    case 'assessment':
      return { entity: 'assessment', id: item.assessment.id };
    case 'opportunity':
      return { entity: 'opportunity', id: item.opportunity.id };
    case 'referral_step':
      return { entity: 'referral_step', id: item.step.id };
  }
}

async function attachRecordedBy(db: Kysely<Database>, items: TimelineItem[]) {
  const who = await recordedBy(db, items.map(recordOf));
  for (const item of items) {
    const name = who.get(whoKey(recordOf(item)));
    if (name) item.recordedBy = name;
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function interactionPage(
  db: Kysely<Database>,
  scope: Scope,
  filters: Filters,
  limit: number,
  order: 'newest' | 'soonest' = 'newest',
) {
  const where: RawBuilder<unknown>[] = [sql`i.deleted_at is null`];
  if (scope.employerId) where.push(sql`i.employer_id = ${scope.employerId}`);
  if (scope.personId) {
    where.push(sql`i.id in (select interaction_id from interaction_person where person_id = ${scope.personId})`);
  }
  if (filters.kinds?.length) where.push(sql`i.kind in (${sql.join(filters.kinds)})`);
  if (filters.statuses?.length) where.push(sql`i.status in (${sql.join(filters.statuses)})`);
  where.push(...dateRange(sql`i.occurred_at`, filters));
  if (filters.after) where.push(sql`(i.occurred_at, i.id) < (${filters.after.at}, ${filters.after.key})`);
  const { rows } = await sql<Omit<Interaction, 'people'>>`
    select i.id, i.employer_id, e.name as employer_name, i.kind, i.status, i.occurred_at, i.summary, i.notes,
      i.follow_up_on, i.follow_up_note, i.programme_id, i.created_at, i.updated_at, i.deleted_at
    from interaction i ${
      // An employer's planned contact is read from its status index: by date alone it is found
      // only after every past contact (12,000 for the busiest employer).
      order === 'soonest' && scope.employerId ? sql`indexed by interaction_by_status` : sql``
    } join employer e on e.id = i.employer_id
    where ${sql.join(where, sql` and `)}
    order by ${order === 'newest' ? sql`i.occurred_at desc, i.id desc` : sql`i.occurred_at, i.id`} limit ${limit}`.execute(
    db,
  );
  return rows.map((row): Interaction => Object.assign(row, { people: [], attachments: [] }));
}

/** Planned contact in the scope, soonest first (overdue ones first of all). */
function plannedContacts(db: Kysely<Database>, scope: Scope, filters: Filters, limit: number) {
  return interactionPage(db, scope, { ...filters, statuses: ['planned'], after: undefined }, limit, 'soonest');
}

async function roleChanges(db: Kysely<Database>, scope: Scope, filters: Filters, limit: number): Promise<RoleItem[]> {
  const edges = (['started', 'ended'] as const).map((edge) => {
    const column = edge === 'started' ? sql`a.started_on` : sql`a.ended_on`;
    const key = sql`a.id || ${`:${edge}`}`;
    const where: RawBuilder<unknown>[] = [sql`a.deleted_at is null`, sql`${column} is not null`];
    if (scope.employerId) where.push(sql`a.employer_id = ${scope.employerId}`);
    if (scope.personId) where.push(sql`a.person_id = ${scope.personId}`);
    where.push(...dateRange(column, filters));
    if (filters.after) where.push(sql`(${column}, ${key}) < (${filters.after.at}, ${filters.after.key})`);
    return sql`select * from (
      select ${`affiliation_${edge}`} as type, ${column} as at, ${key} as key, a.id as affiliation_id, a.person_id,
        p.name as person_name, a.employer_id, e.name as employer_name, a.role_title
      from affiliation a join person p on p.id = a.person_id join employer e on e.id = a.employer_id
      where ${sql.join(where, sql` and `)}
      order by at desc, key desc limit ${limit})`;
  });
  const { rows } = await sql<RoleItem>`${sql.join(edges, sql` union all `)}`.execute(db);
  return rows;
}

// `to` is a whole day: everything before the start of the next one.
function dateRange(column: RawBuilder<unknown>, { from, to }: Filters): RawBuilder<unknown>[] {
  const range: RawBuilder<unknown>[] = [];
  if (from) range.push(sql`${column} >= ${from}`);
  if (to) range.push(sql`${column} < date(${to}, '+1 day')`);
  return range;
}
