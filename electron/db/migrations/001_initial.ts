import { sql, type Kysely, type Migration } from 'kysely';
import { phaseRank, sizeBandRank } from '../ordered-expressions';
import { seedVocabulary } from './seed-vocabulary';

const timestamps = sql.raw(`created_at text not null, updated_at text not null, deleted_at text`);

export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`create table employer (
      id text primary key,
      name text not null,
      name_key text not null,
      sector text,
      size_band text,
      ownership text,
      locality text,
      is_branch_of_national integer not null default 0,
      local_recruitment_discretion integer,
      living_wage_employer integer,
      collective_agreement integer,
      website text,
      phone text,
      email text,
      address text,
      postcode text,
      approach text,
      phase text not null default 'preparing',
      depth integer check (depth between 1 and 5),
      account_owner text,
      notes text,
      ${timestamps}
    )`.execute(db);

    // The list is read one page at a time in any of these orders, current or archived.
    for (const [column, order] of [
      ['name', 'name collate nocase, id'],
      ['sector', 'sector, name collate nocase, id'],
      ['size_band', `${sizeBandRank}, name collate nocase, id`],
      ['phase', `${phaseRank}, name collate nocase, id`],
      ['locality', 'locality collate nocase, name collate nocase, id'],
      ['updated_at', 'updated_at, id'],
    ]) {
      await sql
        .raw(`create index employer_current_by_${column} on employer (${order}) where deleted_at is null`)
        .execute(db);
    }
    // Covers every filter, so counting the matches never has to read the employer rows.
    await sql`create index employer_filters on employer (deleted_at, phase, sector, size_band, locality, name)`.execute(
      db,
    );
    await sql`create index employer_archived on employer (deleted_at) where deleted_at is not null`.execute(db);
    await sql`create index employer_name_key on employer (name_key)`.execute(db);

    await sql`create table vocabulary (
      list text not null,
      code text not null,
      label text not null,
      help text,
      sort_order integer not null,
      ${timestamps},
      primary key (list, code)
    )`.execute(db);

    await sql`create table setting (
      key text primary key,
      value text not null,
      ${timestamps}
    )`.execute(db);

    await sql`create table change_log (
      seq integer primary key autoincrement,
      id text not null unique,
      at text not null,
      actor text not null,
      procedure text not null,
      entity text not null,
      entity_id text not null,
      action text not null,
      before text,
      after text
    )`.execute(db);
    await sql`create index change_log_by_entity on change_log (entity, entity_id, seq)`.execute(db);

    await seedVocabulary(db, ['phase', 'sector', 'size_band', 'ownership', 'approach']);
  },
};
