// The relationship's other events on the timeline: trust notes, promises made and settled,
// phase moves and depth assessments. Each is one indexed query, newest first, one page long.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { RecordEventType, TimelineItem } from '../../../shared/timeline/schema';
import type { Database } from '../../db/schema';
import { toAssessment } from '../assessments/app';

type Row = Record<string, unknown> & { at: string; key: string; employerName: string };
type Source = {
  type: RecordEventType;
  from: RawBuilder<unknown>;
  alias: string;
  at: string;
  key: string;
  /** Events about a person; sources without one are left out of a person's timeline. */
  personColumn?: string;
  where?: RawBuilder<unknown>;
  toItem: (row: Row) => TimelineItem;
};

const base = (type: RecordEventType, row: Row) => ({ type, at: row.at, key: row.key, employerName: row.employerName });

const sources: Source[] = [
  {
    type: 'trust_note',
    from: sql`trust_note t left join person p on p.id = t.person_id`,
    alias: 't',
    at: 't.observed_on',
    key: 't.id',
    personColumn: 't.person_id',
    toItem: ({ at, key, employerName, ...note }) =>
      ({ type: 'trust_note', at, key, employerName, note }) as TimelineItem,
  },
  {
    type: 'commitment_made',
    from: sql`commitment c`,
    alias: 'c',
    at: 'c.created_at',
    key: "c.id || ':made'",
    toItem: (row) => commitmentItem('commitment_made', row),
  },
  {
    type: 'commitment_resolved',
    from: sql`commitment c`,
    alias: 'c',
    at: 'c.resolved_on',
    key: "c.id || ':resolved'",
    where: sql`c.resolved_on is not null`,
    toItem: (row) => commitmentItem('commitment_resolved', row),
  },
  {
    type: 'phase_change',
    from: sql`phase_change pc`,
    alias: 'pc',
    at: 'pc.changed_on',
    key: 'pc.id',
    toItem: ({ at, key, employerName, updatedAt: _u, deletedAt: _d, ...change }) =>
      ({
        ...base('phase_change', { at, key, employerName }),
        change: { ...change, declined: change.declined === 1 },
      }) as TimelineItem,
  },
  {
    type: 'assessment',
    from: sql`assessment a`,
    alias: 'a',
    at: 'a.assessed_on',
    key: 'a.id',
    toItem: (row) => ({ ...base('assessment', row), assessment: toAssessment(row as never) }) as TimelineItem,
  },
];

function commitmentItem(type: 'commitment_made' | 'commitment_resolved', row: Row): TimelineItem {
  const { at, key, employerName, ...commitment } = row;
  return { ...base(type, { at, key, employerName }), commitment } as TimelineItem;
}

export type RecordScope = { employerId?: string; personId?: string };
export type RecordFilters = { from?: string; to?: string; after?: { at: string; key: string } };

/** One query per kind of event: newest first, one page long. */
export function recordEventQueries(scope: RecordScope, filters: RecordFilters, limit: number) {
  return sources.flatMap((source) => {
    if (scope.personId && !source.personColumn) return [];
    const at = sql.raw(source.at);
    const key = sql.raw(source.key);
    const alias = sql.raw(source.alias);
    const where: RawBuilder<unknown>[] = [sql`${alias}.deleted_at is null`];
    if (source.where) where.push(source.where);
    if (scope.employerId) where.push(sql`${alias}.employer_id = ${scope.employerId}`);
    if (scope.personId) where.push(sql`${sql.raw(source.personColumn!)} = ${scope.personId}`);
    if (filters.from) where.push(sql`${at} >= ${filters.from}`);
    if (filters.to) where.push(sql`${at} < date(${filters.to}, '+1 day')`);
    if (filters.after) where.push(sql`(${at}, ${key}) < (${filters.after.at}, ${filters.after.key})`);
    const personName = source.personColumn ? sql`, p.name as person_name` : sql``;
    const query = sql<Row>`
      select ${alias}.*, ${at} as at, ${key} as key, e.name as employer_name ${personName}
      from ${source.from} join employer e on e.id = ${alias}.employer_id
      where ${sql.join(where, sql` and `)}
      order by at desc, key desc limit ${limit}`;
    return [{ query, toItem: source.toItem }];
  });
}

export async function recordEvents(
  db: Kysely<Database>,
  scope: RecordScope,
  filters: RecordFilters,
  limit: number,
): Promise<TimelineItem[]> {
  const items: TimelineItem[] = [];
  for (const { query, toItem } of recordEventQueries(scope, filters, limit)) {
    items.push(...(await query.execute(db)).rows.map(toItem));
  }
  return items;
}
