import { sql, type Kysely, type Migration } from 'kysely';
import { createSearchIndex } from './search-index';
import { seedVocabulary } from './seed-vocabulary';

const timestamps = sql.raw(`created_at text not null, updated_at text not null, deleted_at text`);

export const relationshipRecord: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`create table person (
      id text primary key,
      name text not null,
      email text,
      phone text,
      preferred_channel text,
      notes text,
      ${timestamps}
    )`.execute(db);
    await sql`create index person_current_by_name on person (name collate nocase, id) where deleted_at is null`.execute(
      db,
    );

    await sql`create table affiliation (
      id text primary key,
      person_id text not null references person (id),
      employer_id text not null references employer (id),
      role_title text,
      is_primary integer not null default 0,
      started_on text,
      ended_on text,
      ${timestamps}
    )`.execute(db);
    await sql`create index affiliation_by_employer on affiliation (employer_id, ended_on)`.execute(db);
    await sql`create index affiliation_by_person on affiliation (person_id, ended_on)`.execute(db);
    // The single point of contact: at most one current primary per employer.
    await sql`create unique index affiliation_one_primary on affiliation (employer_id)
      where is_primary = 1 and ended_on is null and deleted_at is null`.execute(db);

    await sql`create table interaction (
      id text primary key,
      employer_id text not null references employer (id),
      kind text not null,
      status text not null check (status in ('planned', 'done', 'cancelled')),
      occurred_at text not null,
      summary text not null,
      notes text,
      follow_up_on text,
      ${timestamps}
    )`.execute(db);
    await sql`create index interaction_timeline on interaction (employer_id, occurred_at desc, id desc)
      where deleted_at is null`.execute(db);
    await sql`create index interaction_by_status on interaction (employer_id, status, occurred_at)
      where deleted_at is null`.execute(db);
    await sql`create index interaction_follow_ups on interaction (follow_up_on) where deleted_at is null and follow_up_on is not null`.execute(
      db,
    );

    await sql`create table interaction_person (
      interaction_id text not null references interaction (id),
      person_id text not null references person (id),
      primary key (interaction_id, person_id)
    ) without rowid`.execute(db);
    await sql`create index interaction_person_by_person on interaction_person (person_id, interaction_id)`.execute(db);

    await createSearchIndex(db, [
      { table: 'employer', columns: ['name', 'locality', 'notes'] },
      { table: 'person', columns: ['name', 'email', 'notes'] },
      { table: 'interaction', columns: ['summary', 'notes'] },
    ]);
    await seedVocabulary(db, ['interaction_kind', 'preferred_channel']);
  },
};
