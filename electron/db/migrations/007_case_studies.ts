import { sql, type Kysely, type Migration } from 'kysely';

const timestamps = sql.raw(`created_at text not null, updated_at text not null, deleted_at text`);

export const caseStudies: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`create table case_study (
      id text primary key,
      employer_id text not null references employer (id),
      title text not null,
      period_from text not null,
      period_to text not null,
      sections text not null,
      highlights text not null default '[]',
      anonymise integer not null default 1,
      consent text,
      status text not null default 'draft' check (status in ('draft', 'final')),
      ${timestamps}
    )`.execute(db);
    await sql`create index case_study_by_employer on case_study (employer_id, updated_at desc) where deleted_at is null`.execute(
      db,
    );
    // Earlier wordings of a case study, kept as it is edited.
    await sql`create table case_study_version (
      id text primary key,
      case_study_id text not null references case_study (id),
      saved_at text not null,
      title text not null,
      sections text not null
    )`.execute(db);
    await sql`create index case_study_version_by_study on case_study_version (case_study_id, saved_at desc)`.execute(
      db,
    );
  },
};
