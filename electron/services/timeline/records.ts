// The relationship's other events on the timeline: trust notes, promises made and settled,
// phase moves, depth assessments, opportunities and referral milestones. One statement: each kind is its own indexed, page-long
// query (newest first), and the rows come back as JSON to be merged with the rest.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Commitment } from '../../../shared/commitments/schema';
import type { PhaseChange } from '../../../shared/employers/phase';
import type { Opportunity } from '../../../shared/opportunities/schema';
import type { RecordEventType, ReferralMilestone, TimelineItem } from '../../../shared/timeline/schema';
import type { TrustNote } from '../../../shared/trust/schema';
import type { Database } from '../../db/schema';
import { toAssessment } from '../assessments/assessment';
import { phaseChangeFields } from '../employers/phase';

type Payload = Record<string, unknown>;
type Source = {
  from: string;
  at: string;
  key: string;
  /** The fields of the record, as its camelCase names. */
  fields: string[];
  /** Events about a person; sources without one are left out of a person's timeline. */
  personColumn?: string;
  /** More JSON pairs from joined tables, like `'reference', r.reference`. */
  joined?: string;
  where?: string;
  toItem: (payload: Payload, event: Pick<TimelineItem, 'at' | 'key'> & { employerName: string }) => TimelineItem;
};

const timestamps = ['createdAt', 'updatedAt', 'deletedAt'];
const commitmentFields = [
  'id',
  'employerId',
  'party',
  'description',
  'kind',
  'dueOn',
  'status',
  'madeOn',
  'resolvedOn',
  'resolutionNote',
  'interactionId',
  ...timestamps,
];

const opportunityFields = [
  'id',
  'employerId',
  'programmeId',
  'kind',
  'title',
  'places',
  'openedOn',
  'closesOn',
  'startsOn',
  'status',
  'weeklyHours',
  'contractType',
  'payBand',
  'requirements',
  'commitmentId',
  'interactionId',
  ...timestamps,
];

const sources: Record<RecordEventType, Source> = {
  trust_note: {
    from: 'trust_note t left join person p on p.id = t.person_id',
    at: 't.observed_on',
    key: 't.id',
    fields: ['id', 'employerId', 'personId', 'interactionId', 'level', 'direction', 'observation', 'observedOn'].concat(
      timestamps,
    ),
    personColumn: 't.person_id',
    toItem: (note, event) => ({ type: 'trust_note', ...event, note: note as TrustNote }),
  },
  commitment_made: {
    from: 'commitment t',
    at: 't.made_on',
    key: "t.id || ':made'",
    fields: commitmentFields,
    toItem: (commitment, event) => ({ type: 'commitment_made', ...event, commitment: commitment as Commitment }),
  },
  commitment_resolved: {
    from: 'commitment t',
    at: 't.resolved_on',
    key: "t.id || ':resolved'",
    where: 't.resolved_on is not null',
    fields: commitmentFields,
    toItem: (commitment, event) => ({ type: 'commitment_resolved', ...event, commitment: commitment as Commitment }),
  },
  phase_change: {
    from: 'phase_change t',
    at: 't.changed_on',
    key: 't.id',
    fields: [...phaseChangeFields],
    toItem: (change, event) => ({
      type: 'phase_change',
      ...event,
      change: { ...change, declined: change.declined === 1 } as PhaseChange,
    }),
  },
  assessment: {
    from: 'assessment t',
    at: 't.assessed_on',
    key: 't.id',
    fields: [
      'id',
      'employerId',
      'assessedOn',
      'depth',
      'suggestedDepth',
      'rolesOurs',
      'rolesTheirs',
      'indirect',
      'benefits',
      'rationale',
      'createdAt',
    ],
    toItem: (row, event) => ({ type: 'assessment', ...event, assessment: toAssessment(row as never) }),
  },
  opportunity: {
    from: 'opportunity t',
    at: 't.opened_on',
    key: 't.id',
    fields: opportunityFields,
    toItem: (opportunity, event) => ({ type: 'opportunity', ...event, opportunity: opportunity as Opportunity }),
  },
  referral_step: {
    from: 'referral_step t join referral r on r.id = t.referral_id join opportunity o on o.id = r.opportunity_id',
    at: 't.stepped_on',
    key: 't.id',
    fields: ['id', 'referralId', 'stage', 'steppedOn', 'feedback'],
    joined: "'reference', r.reference, 'opportunityId', o.id, 'opportunityTitle', o.title",
    where: 'r.deleted_at is null',
    toItem: (step, event) => ({ type: 'referral_step', ...event, step: step as ReferralMilestone }),
  },
};

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

// Each kind's JSON pairs, worked out once: they are the same on every page.
const payloads = Object.fromEntries(
  Object.entries(sources).map(([type, source]) => {
    const fields = source.fields.map((field) => `'${field}', t.${snake(field)}`);
    if (source.personColumn) fields.push(`'personName', p.name`);
    if (source.joined) fields.push(source.joined);
    return [type, sql.raw(fields.join(', '))];
  }),
) as Record<RecordEventType, RawBuilder<unknown>>;

export type RecordScope = { employerId?: string; personId?: string };
export type RecordFilters = { from?: string; to?: string; after?: { at: string; key: string } };
type EventRow = { type: RecordEventType; at: string; key: string; employerName: string; payload: string };

/** The one statement that reads a page of each kind of event. */
export function recordEventsQuery(scope: RecordScope, filters: RecordFilters, limit: number) {
  const parts = Object.entries(sources).flatMap(([type, source]) => {
    if (scope.personId && !source.personColumn) return [];
    const at = sql.raw(source.at);
    const key = sql.raw(source.key);
    const where: RawBuilder<unknown>[] = [sql`t.deleted_at is null`];
    if (source.where) where.push(sql.raw(source.where));
    if (scope.employerId) where.push(sql`t.employer_id = ${scope.employerId}`);
    if (scope.personId) where.push(sql`${sql.raw(source.personColumn!)} = ${scope.personId}`);
    if (filters.from) where.push(sql`${at} >= ${filters.from}`);
    if (filters.to) where.push(sql`${at} < date(${filters.to}, '+1 day')`);
    if (filters.after) where.push(sql`(${at}, ${key}) < (${filters.after.at}, ${filters.after.key})`);
    return [
      sql`select * from (
        select ${type} as type, ${at} as at, ${key} as key, e.name as employer_name,
          json_object(${payloads[type as RecordEventType]}) as payload
        from ${sql.raw(source.from)} join employer e on e.id = t.employer_id
        where ${sql.join(where, sql` and `)}
        order by at desc, key desc limit ${limit})`,
    ];
  });
  if (parts.length === 0) return null;
  // Merged and cut to one page here, so only the rows that can be shown are turned into items.
  return sql<EventRow>`select * from (${sql.join(parts, sql` union all `)}) order by at desc, key desc limit ${limit}`;
}

export async function recordEvents(
  db: Kysely<Database>,
  scope: RecordScope,
  filters: RecordFilters,
  limit: number,
): Promise<TimelineItem[]> {
  const query = recordEventsQuery(scope, filters, limit);
  if (!query) return [];
  const { rows } = await query.execute(db);
  return rows.map((row) =>
    sources[row.type].toItem(JSON.parse(row.payload) as Payload, {
      at: row.at,
      key: row.key,
      employerName: row.employerName,
    }),
  );
}
