// "Export a list": one of the record's lists as CSV or Excel, the way a person reads it —
// employers' and people's names rather than ids, the provider's labels rather than codes.
import { sql, type RawBuilder } from 'kysely';
import type { ExportTable } from '../../../shared/exports/schema';

type ColumnKind = 'text' | 'number' | 'date';
type Column = { label: string; kind?: ColumnKind; value: string };
export type TableExport = {
  from: string;
  /** Rows come out in this order, read in pages by it (with the id to break ties). */
  order: string;
  id: string;
  columns: Column[];
};

const label = (list: string, code: string) =>
  `coalesce((select v.label from vocabulary v where v.list = '${list}' and v.code = ${code}), ${code})`;
const employerName = (id: string) => `(select name from employer where id = ${id})`;
const personName = (id: string) => `(select name from person where id = ${id})`;
const programmeName = (id: string) => `(select name from programme where id = ${id})`;
const yesNo = (value: string) => `case ${value} when 1 then 'Yes' when 0 then 'No' end`;
const capitalised = (value: string) => `upper(substr(${value}, 1, 1)) || replace(substr(${value}, 2), '_', ' ')`;

export const tableExports: Record<ExportTable, TableExport> = {
  employers: {
    from: 'employer e where e.deleted_at is null',
    order: 'e.name',
    id: 'e.id',
    columns: [
      { label: 'Name', value: 'e.name' },
      { label: 'Sector', value: label('sector', 'e.sector') },
      { label: 'Size', value: label('size_band', 'e.size_band') },
      { label: 'Ownership', value: label('ownership', 'e.ownership') },
      { label: 'Area', value: 'e.locality' },
      { label: 'Phase', value: label('phase', 'e.phase') },
      { label: 'Depth (1 to 5)', kind: 'number', value: 'e.depth' },
      {
        label: 'Main contact',
        value: `(select p.name from affiliation a join person p on p.id = a.person_id
                 where a.employer_id = e.id and a.is_primary = 1 and a.ended_on is null and a.deleted_at is null)`,
      },
      { label: 'Last contact', kind: 'date', value: 'substr(e.last_contact_at, 1, 10)' },
      { label: 'Website', value: 'e.website' },
      { label: 'Phone', value: 'e.phone' },
      { label: 'Email', value: 'e.email' },
      { label: 'Address', value: 'e.address' },
      { label: 'Postcode', value: 'e.postcode' },
      { label: 'How it started', value: label('approach', 'e.approach') },
      { label: 'Living Wage employer', value: yesNo('e.living_wage_employer') },
      { label: 'Account owner', value: 'e.account_owner' },
      { label: 'Added', kind: 'date', value: 'substr(e.created_at, 1, 10)' },
      { label: 'Notes', value: 'e.notes' },
    ],
  },
  people: {
    from: 'person p where p.deleted_at is null',
    order: 'p.name',
    id: 'p.id',
    columns: [
      { label: 'Name', value: 'p.name' },
      {
        label: 'Works at',
        value: `(select group_concat(coalesce(a.role_title || ', ', '') || e.name, '; ')
                 from affiliation a join employer e on e.id = a.employer_id
                 where a.person_id = p.id and a.ended_on is null and a.deleted_at is null)`,
      },
      { label: 'Email', value: 'p.email' },
      { label: 'Phone', value: 'p.phone' },
      { label: 'Other email addresses', value: `replace(p.other_emails, char(10), ', ')` },
      { label: 'Other phone numbers', value: `replace(p.other_phones, char(10), ', ')` },
      { label: 'Best way to get in touch', value: label('preferred_channel', 'p.preferred_channel') },
      { label: 'Added', kind: 'date', value: 'substr(p.created_at, 1, 10)' },
      { label: 'Notes', value: 'p.notes' },
    ],
  },
  roles: {
    from: 'affiliation a where a.deleted_at is null',
    order: 'a.created_at',
    id: 'a.id',
    columns: [
      { label: 'Person', value: personName('a.person_id') },
      { label: 'Employer', value: employerName('a.employer_id') },
      { label: 'Job title', value: 'a.role_title' },
      { label: 'Main contact', value: yesNo('a.is_primary') },
      { label: 'From', kind: 'date', value: 'a.started_on' },
      { label: 'To', kind: 'date', value: 'a.ended_on' },
    ],
  },
  interactions: {
    from: 'interaction i where i.deleted_at is null',
    order: 'i.occurred_at',
    id: 'i.id',
    columns: [
      { label: 'Date', kind: 'date', value: 'substr(i.occurred_at, 1, 10)' },
      { label: 'Employer', value: employerName('i.employer_id') },
      { label: 'Kind', value: label('interaction_kind', 'i.kind') },
      { label: 'Status', value: capitalised('i.status') },
      { label: 'Summary', value: 'i.summary' },
      {
        label: 'People there',
        value: `(select group_concat(p.name, '; ') from interaction_person ip join person p on p.id = ip.person_id
                 where ip.interaction_id = i.id)`,
      },
      { label: 'Follow up on', kind: 'date', value: 'i.follow_up_on' },
      { label: 'Programme', value: programmeName('i.programme_id') },
      { label: 'Notes', value: 'i.notes' },
    ],
  },
  commitments: {
    from: 'commitment c where c.deleted_at is null',
    order: 'c.created_at',
    id: 'c.id',
    columns: [
      { label: 'Employer', value: employerName('c.employer_id') },
      { label: 'Who promised', value: `case c.party when 'us' then 'We did' else 'The employer' end` },
      { label: 'Promise', value: 'c.description' },
      { label: 'Kind', value: label('commitment_kind', 'c.kind') },
      { label: 'Due', kind: 'date', value: 'c.due_on' },
      { label: 'Status', value: capitalised('c.status') },
      { label: 'Resolved on', kind: 'date', value: 'c.resolved_on' },
      { label: 'How it was resolved', value: 'c.resolution_note' },
    ],
  },
  trustNotes: {
    from: 'trust_note t where t.deleted_at is null',
    order: 't.observed_on',
    id: 't.id',
    columns: [
      { label: 'Observed on', kind: 'date', value: 't.observed_on' },
      { label: 'Employer', value: employerName('t.employer_id') },
      { label: 'Person', value: personName('t.person_id') },
      { label: 'Level', value: label('trust_level', 't.level') },
      { label: 'Direction', value: label('trust_direction', 't.direction') },
      { label: 'What you saw', value: 't.observation' },
    ],
  },
  assessments: {
    from: 'assessment s where s.deleted_at is null',
    order: 's.assessed_on',
    id: 's.id',
    columns: [
      { label: 'Assessed on', kind: 'date', value: 's.assessed_on' },
      { label: 'Employer', value: employerName('s.employer_id') },
      { label: 'Depth (1 to 5)', kind: 'number', value: 's.depth' },
      { label: 'Suggested depth', kind: 'number', value: 's.suggested_depth' },
      { label: 'Why', value: 's.rationale' },
    ],
  },
  phaseChanges: {
    from: 'phase_change c where c.deleted_at is null',
    order: 'c.changed_on',
    id: 'c.id',
    columns: [
      { label: 'Moved on', kind: 'date', value: 'c.changed_on' },
      { label: 'Employer', value: employerName('c.employer_id') },
      { label: 'From', value: label('phase', 'c.from_phase') },
      { label: 'To', value: label('phase', 'c.to_phase') },
      { label: 'Route', value: label('developing_route', 'c.route') },
      { label: 'Why', value: label('lapse_reason', 'c.reason') },
      { label: 'Note', value: 'c.note' },
    ],
  },
  opportunities: {
    from: 'opportunity o where o.deleted_at is null',
    order: 'o.opened_on',
    id: 'o.id',
    columns: [
      { label: 'Employer', value: employerName('o.employer_id') },
      { label: 'Kind', value: label('opportunity_kind', 'o.kind') },
      { label: 'Title', value: 'o.title' },
      { label: 'Places', kind: 'number', value: 'o.places' },
      { label: 'Opened on', kind: 'date', value: 'o.opened_on' },
      { label: 'Closes on', kind: 'date', value: 'o.closes_on' },
      { label: 'Starts on', kind: 'date', value: 'o.starts_on' },
      { label: 'Status', value: capitalised('o.status') },
      { label: 'Programme', value: programmeName('o.programme_id') },
    ],
  },
  referrals: {
    from: 'referral r where r.deleted_at is null',
    order: 'r.referred_on',
    id: 'r.id',
    columns: [
      { label: 'Participant reference', value: 'r.reference' },
      { label: 'Employer', value: employerName('r.employer_id') },
      { label: 'Opportunity', value: '(select title from opportunity where id = r.opportunity_id)' },
      { label: 'Stage', value: capitalised('r.stage') },
      { label: 'Referred on', kind: 'date', value: 'r.referred_on' },
      { label: 'Interviewed on', kind: 'date', value: 'r.interviewed_on' },
      { label: 'Offered on', kind: 'date', value: 'r.offered_on' },
      { label: 'Started on', kind: 'date', value: 'r.started_on' },
      { label: 'In work at 13 weeks', kind: 'date', value: 'r.sustained13_on' },
      { label: 'In work at 26 weeks', kind: 'date', value: 'r.sustained26_on' },
      { label: 'Left on', kind: 'date', value: 'r.exited_on' },
      { label: 'Programme', value: programmeName('r.programme_id') },
    ],
  },
  programmes: {
    from: 'programme g where g.deleted_at is null',
    order: 'g.name',
    id: 'g.id',
    columns: [
      { label: 'Name', value: 'g.name' },
      { label: 'Funder', value: 'g.funder' },
      { label: 'Starts on', kind: 'date', value: 'g.starts_on' },
      { label: 'Ends on', kind: 'date', value: 'g.ends_on' },
    ],
  },
  caseStudies: {
    from: 'case_study s where s.deleted_at is null',
    order: 's.updated_at',
    id: 's.id',
    columns: [
      { label: 'Title', value: 's.title' },
      { label: 'Employer', value: employerName('s.employer_id') },
      { label: 'From', kind: 'date', value: 's.period_from' },
      { label: 'To', kind: 'date', value: 's.period_to' },
      { label: 'Status', value: capitalised('s.status') },
      { label: 'Anonymised', value: yesNo('s.anonymise') },
      { label: 'Last changed', kind: 'date', value: 'substr(s.updated_at, 1, 10)' },
    ],
  },
};

/** One page of rows after the last one read (by the table's order, then id). */
export function tablePage(
  table: TableExport,
  after: [unknown, string] | null,
  limit: number,
): RawBuilder<Record<string, unknown>> {
  const columns = table.columns.map((column, index) => `${column.value} as c${index}`).join(', ');
  const [from, where] = table.from.split(' where ');
  const keyset = after ? sql` and (${sql.raw(table.order)}, ${sql.raw(table.id)}) > (${after[0]}, ${after[1]})` : sql``;
  return sql<
    Record<string, unknown>
  >`select ${sql.raw(columns)}, ${sql.raw(table.order)} as sortkey, ${sql.raw(table.id)} as rowkey
    from ${sql.raw(from!)} where ${sql.raw(where!)}${keyset}
    order by ${sql.raw(table.order)}, ${sql.raw(table.id)} limit ${limit}`;
}
