import { sql, type Kysely, type Migration } from 'kysely';

// A record shared by a team through a folder their cloud drive syncs: the team this laptop is in,
// the folder as this laptop sees it, the team's key (so kept only as safe as the record itself,
// and never in the change log or an archive), and how far its own change sets have been shared;
// and the changes made to one field on two laptops at once.
export const team: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`create table team (
      id text primary key,
      name text not null,
      folder text not null,
      key blob not null,
      shared_through text,
      last_shared text,
      joined_at text not null,
      synced_at text
    )`.execute(db);
    // A field changed on two laptops at once: the later change (by the clock) stands on every
    // laptop, and the other value is kept here to accept or reverse.
    await sql`create table team_conflict (
      id text primary key,
      entity text not null,
      entity_id text not null,
      field text not null,
      kept text,
      other text,
      kept_change_set_id text,
      other_change_set_id text not null,
      found_at text not null,
      resolved_at text
    )`.execute(db);
  },
};
