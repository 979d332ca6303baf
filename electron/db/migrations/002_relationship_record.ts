import { sql, type Kysely, type Migration } from 'kysely';
import { searchIndexSql } from '../search-index';
import { insertTerms, type Term } from './seed-vocabulary';

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

    for (const statement of [...searchIndexSql.employer, ...searchIndexSql.person, ...searchIndexSql.interaction]) {
      await sql.raw(statement).execute(db);
    }
    await insertTerms(db, terms);
  },
};

/** The default terms of the lists this version adds, as they were then. */
const terms: Term[] = [
  ['interaction_kind', 'call', 'Call', null, 1],
  ['interaction_kind', 'email', 'Email', null, 2],
  ['interaction_kind', 'meeting', 'Meeting', null, 3],
  ['interaction_kind', 'site_visit', 'Site visit', null, 4],
  ['interaction_kind', 'event', 'Event or job fair', null, 5],
  ['interaction_kind', 'networking', 'Networking event', null, 6],
  ['interaction_kind', 'presentation', 'Presentation', null, 7],
  ['interaction_kind', 'recruitment_day', 'Recruitment day', null, 8],
  ['interaction_kind', 'open_day', 'Open day', null, 9],
  ['interaction_kind', 'social_media', 'Social media', null, 10],
  ['interaction_kind', 'letter', 'Letter', null, 11],
  ['interaction_kind', 'other', 'Other', null, 12],
  ['preferred_channel', 'phone', 'Phone', null, 1],
  ['preferred_channel', 'email', 'Email', null, 2],
  ['preferred_channel', 'text', 'Text message', null, 3],
  ['preferred_channel', 'in_person', 'In person', null, 4],
  ['preferred_channel', 'video', 'Video call', null, 5],
];
