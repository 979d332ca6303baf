import { sql, type Kysely, type Migration } from 'kysely';

// Emails and calendar invitations become contacts. An email's attachments are kept as evidence of
// the contact they came with, so a piece of evidence belongs to a referral, a contact or both
// (SQLite cannot loosen a column, hence the table made again). A contact remembers the
// Message-ID of the email it came from (or the invitation's UID), so the same email dropped
// twice is recognised.
export const mailCapture: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`create table evidence_new (
      id text primary key,
      referral_id text references referral (id),
      interaction_id text references interaction (id),
      employer_id text not null references employer (id),
      stage text,
      file_name text,
      stored_name text,
      media_type text,
      size_bytes integer,
      sha256 text,
      confirmed_by text,
      note text,
      recorded_on text not null,
      created_at text not null, updated_at text not null, deleted_at text,
      check (referral_id is not null or interaction_id is not null)
    )`.execute(db);
    const columns = sql.raw(
      `id, referral_id, employer_id, stage, file_name, stored_name, media_type, size_bytes, sha256,
       confirmed_by, note, recorded_on, created_at, updated_at, deleted_at`,
    );
    await sql`insert into evidence_new (${columns}) select ${columns} from evidence`.execute(db);
    await sql`drop table evidence`.execute(db);
    await sql`alter table evidence_new rename to evidence`.execute(db);
    await sql`create index evidence_by_referral on evidence (referral_id, recorded_on) where deleted_at is null`.execute(
      db,
    );
    await sql`create index evidence_by_employer_id on evidence (employer_id) where employer_id is not null`.execute(db);
    await sql`create index evidence_for_outcome on evidence (referral_id, stage)
      where deleted_at is null and (file_name is not null or confirmed_by is not null)`.execute(db);
    await sql`create index evidence_by_interaction on evidence (interaction_id) where interaction_id is not null`.execute(
      db,
    );

    await sql`alter table interaction add column message_id text`.execute(db);
    await sql`create index interaction_by_message on interaction (message_id) where message_id is not null`.execute(db);
  },
};
