import { sql, type Kysely, type Migration } from 'kysely';

export const privacy: Migration = {
  async up(db: Kysely<unknown>) {
    // A retention review may decide to keep someone: why, and when that was decided.
    await sql`alter table person add column kept_reason text`.execute(db);
    await sql`alter table person add column kept_on text`.execute(db);
    // Text that may still mention someone who was erased, for a person to read and edit.
    // It names the record, never the person.
    await sql`create table review_flag (
      id text primary key,
      entity text not null,
      entity_id text not null,
      employer_id text references employer (id),
      reason text not null,
      created_at text not null,
      resolved_at text
    )`.execute(db);
    await sql`create index review_flag_open on review_flag (created_at) where resolved_at is null`.execute(db);
    await sql`create index review_flag_by_entity on review_flag (entity_id)`.execute(db);
  },
};
