// Where a person's name (or email) appears in the record's free text: the places an erasure
// cannot safely rewrite by itself, and what a subject access request must show.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';

export type Mention = {
  entity: string;
  entityId: string;
  employerId: string | null;
  /** What the record is, in words, without the text itself. */
  what: string;
  on: string | null;
  text: string;
};

// Each gives: id, employer_id, label (what it is), on_date, text (what to search).
const places: { entity: string; what: string; sql: string }[] = [
  {
    entity: 'interaction',
    what: 'Contact',
    sql: `select id, employer_id, summary as label, substr(occurred_at, 1, 10) as on_date,
            summary || char(10) || coalesce(notes, '') as text from interaction where deleted_at is null`,
  },
  {
    entity: 'trustNote',
    what: 'Trust note',
    sql: `select id, employer_id, null as label, observed_on as on_date, observation as text
            from trust_note where deleted_at is null`,
  },
  {
    entity: 'commitment',
    what: 'Promise',
    sql: `select id, employer_id, description as label, due_on as on_date,
            description || char(10) || coalesce(resolution_note, '') as text from commitment where deleted_at is null`,
  },
  {
    entity: 'employer',
    what: 'Notes about the employer',
    sql: `select id, id as employer_id, name as label, null as on_date, coalesce(notes, '') as text
            from employer where deleted_at is null`,
  },
  {
    entity: 'person',
    what: 'Notes about another person',
    sql: `select id, null as employer_id, name as label, null as on_date, coalesce(notes, '') as text
            from person where deleted_at is null`,
  },
  {
    entity: 'opportunity',
    what: 'Opportunity',
    sql: `select id, employer_id, title as label, opened_on as on_date, coalesce(requirements, '') as text
            from opportunity where deleted_at is null`,
  },
  {
    entity: 'evidence',
    what: 'Evidence',
    sql: `select id, employer_id, null as label, recorded_on as on_date,
            coalesce(confirmed_by, '') || char(10) || coalesce(note, '') as text from evidence where deleted_at is null`,
  },
  {
    entity: 'referralStep',
    what: 'Employer feedback on a referral',
    sql: `select id, employer_id, null as label, stepped_on as on_date, coalesce(feedback, '') as text
            from referral_step where deleted_at is null`,
  },
  {
    entity: 'caseStudy',
    what: 'Case study',
    sql: `select id, employer_id, title as label, period_to as on_date, title || char(10) || sections as text
            from case_study where deleted_at is null`,
  },
];

/** Every record whose text holds any of `needles` (compared without regard to capitals). */
export async function findMentions(db: Kysely<Database>, needles: string[], except: string | null): Promise<Mention[]> {
  const wanted = needles.map((needle) => needle.trim().toLowerCase()).filter((needle) => needle.length >= 3);
  if (wanted.length === 0) return [];
  const matches = sql.join(
    wanted.map((needle) => sql`instr(lower(text), ${needle}) > 0`),
    sql` or `,
  );
  const found: Mention[] = [];
  for (const place of places) {
    const { rows } = await sql<{
      id: string;
      employerId: string | null;
      label: string | null;
      onDate: string | null;
      text: string;
    }>`
      select * from (${sql.raw(place.sql)})
      where (${matches}) and id is not ${except}`.execute(db);
    for (const row of rows) {
      found.push({
        entity: place.entity,
        entityId: row.id,
        employerId: row.employerId,
        what: row.label ? `${place.what}: ${row.label}` : place.what,
        on: row.onDate,
        text: row.text,
      });
    }
  }
  return found;
}
