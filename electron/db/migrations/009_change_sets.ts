import { sql, type Kysely, type Migration } from 'kysely';

export const changeSets: Migration = {
  async up(db: Kysely<unknown>) {
    // One user action: what was done, in plain words, by whom, on which device and when (a
    // hybrid logical clock, so copies of the record on colleagues' laptops order alike).
    await sql`create table change_set (
      id text primary key,
      hlc text not null unique,
      device_id text not null,
      actor text not null,
      procedure text not null,
      sentence text not null,
      at text not null,
      undoable integer not null default 1,
      undoes text,
      redoes text,
      undone_by text
    )`.execute(db);
    await sql`create index change_set_newest on change_set (hlc)`.execute(db);
    // Each row a change set touched, before and after, as SQLite holds it (column names, codes).
    await sql`alter table change_log add column change_set_id text`.execute(db);
    await sql`create index change_log_by_change_set on change_log (change_set_id, seq) where change_set_id is not null`.execute(
      db,
    );
  },
};
