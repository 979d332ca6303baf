import { sql, type Kysely, type Migration } from 'kysely';
import { seedVocabulary } from './seed-vocabulary';

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

    await seedVocabulary(db, ['trust_level', 'trust_direction', 'commitment_kind']);
  },
};
