import { sql, type Kysely, type Migration } from 'kysely';
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

    await createSearchIndex(db);
    await seedVocabulary(db, ['interaction_kind', 'preferred_channel']);
  },
};

// Full-text search, all in one place: one external-content FTS5 table per searchable table,
// kept in step by triggers. Rows in Trash are taken out of the index and put back on restore.
const searchable = [
  { table: 'employer', columns: ['name', 'locality', 'notes'] },
  { table: 'person', columns: ['name', 'email', 'notes'] },
  { table: 'interaction', columns: ['summary', 'notes'] },
];

async function createSearchIndex(db: Kysely<unknown>) {
  for (const { table, columns } of searchable) {
    const fts = `${table}_fts`;
    const list = columns.join(', ');
    const from = (row: 'old' | 'new') => columns.map((column) => `${row}.${column}`).join(', ');
    const statements = [
      `create virtual table ${fts} using fts5(${list}, content='${table}', content_rowid='rowid',
        tokenize = "unicode61 remove_diacritics 2", prefix = '2 3')`,
      `create trigger ${fts}_insert after insert on ${table} when new.deleted_at is null begin
        insert into ${fts} (rowid, ${list}) values (new.rowid, ${from('new')});
      end`,
      `create trigger ${fts}_update after update of ${list}, deleted_at on ${table} begin
        insert into ${fts} (${fts}, rowid, ${list}) select 'delete', old.rowid, ${from('old')} where old.deleted_at is null;
        insert into ${fts} (rowid, ${list}) select new.rowid, ${from('new')} where new.deleted_at is null;
      end`,
      `create trigger ${fts}_delete after delete on ${table} when old.deleted_at is null begin
        insert into ${fts} (${fts}, rowid, ${list}) values ('delete', old.rowid, ${from('old')});
      end`,
      `insert into ${fts} (rowid, ${list}) select rowid, ${list} from ${table} where deleted_at is null`,
    ];
    for (const statement of statements) await sql.raw(statement).execute(db);
  }
}
