import { sql, type Kysely, type Migration } from 'kysely';
import { insertTerms, type Term } from './seed-vocabulary';

const timestamps = sql.raw(`created_at text not null, updated_at text not null, deleted_at text`);

export const trustAndCommitments: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`create table trust_note (
      id text primary key,
      employer_id text not null references employer (id),
      person_id text references person (id),
      interaction_id text references interaction (id),
      level text not null,
      direction text not null,
      observation text not null,
      observed_on text not null,
      ${timestamps}
    )`.execute(db);
    await sql`create index trust_note_by_employer on trust_note (employer_id, observed_on desc, id desc)
      where deleted_at is null`.execute(db);

    await sql`create table commitment (
      id text primary key,
      employer_id text not null references employer (id),
      party text not null check (party in ('employer', 'us')),
      description text not null,
      kind text,
      due_on text,
      status text not null check (status in ('open', 'kept', 'broken', 'released')),
      resolved_on text,
      resolution_note text,
      interaction_id text references interaction (id),
      ${timestamps}
    )`.execute(db);
    await sql`create index commitment_by_employer on commitment (employer_id, status, due_on)
      where deleted_at is null`.execute(db);
    await sql`create index commitment_open_by_due on commitment (due_on)
      where deleted_at is null and status = 'open'`.execute(db);

    await insertTerms(db, terms);
  },
};

/** The default terms of the lists this version adds, as they were then. */
const terms: Term[] = [
  ['trust_level', 'institutional', 'Institutional', 'Trust in the programme or the system as a whole.', 1],
  ['trust_level', 'inter_organisational', 'Between our organisations', 'Trust between the employer and us.', 2],
  ['trust_level', 'inter_personal', 'Between people', 'Trust between named people on each side.', 3],
  ['trust_direction', 'strengthened', 'Strengthened', null, 1],
  ['trust_direction', 'steady', 'Steady', null, 2],
  ['trust_direction', 'weakened', 'Weakened', null, 3],
  ['commitment_kind', 'vacancy', 'Vacancy', null, 1],
  ['commitment_kind', 'guaranteed_interviews', 'Guaranteed interviews', null, 2],
  ['commitment_kind', 'work_trial', 'Work trial', null, 3],
  ['commitment_kind', 'work_placement', 'Work placement', null, 4],
  ['commitment_kind', 'pet_course', 'Pre-employment training course', null, 5],
  ['commitment_kind', 'apprenticeship', 'Apprenticeship', null, 6],
  ['commitment_kind', 'work_academy', 'Sector-based work academy', null, 7],
  ['commitment_kind', 'taster', 'Employer taster', null, 8],
  ['commitment_kind', 'workshop_mentoring', 'Workshop or mentoring', null, 9],
  ['commitment_kind', 'recruitment_review', 'Recruitment process review', null, 10],
  ['commitment_kind', 'in_work_training', 'In-work training', null, 11],
  ['commitment_kind', 'candidates', 'Screened candidates', null, 12],
  ['commitment_kind', 'feedback', 'Feedback', null, 13],
  ['commitment_kind', 'other', 'Other', null, 14],
];
