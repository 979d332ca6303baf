import { sql, type Kysely, type Migration } from 'kysely';

// Merging duplicates. Rows that point at an employer are indexed by it only while they are
// current (partial indexes, `where deleted_at is null`), so finding all of an employer's rows,
// removed ones too, read the whole table: merging two employers scanned a million contacts.
// Removed rows are few, so their own index is small.
const tables = [
  'interaction',
  'trust_note',
  'commitment',
  'assessment',
  'phase_change',
  'opportunity',
  'referral',
  'referral_step',
  'case_study',
];

export const mergingDuplicates: Migration = {
  async up(db: Kysely<unknown>) {
    for (const table of tables) {
      await sql
        .raw(`create index ${table}_removed_by_employer on ${table} (employer_id) where deleted_at is not null`)
        .execute(db);
    }
    // Pairs the person said are not the same, the smaller id first, so a pair is one row.
    await sql`create table not_duplicate (
      id text primary key,
      kind text not null check (kind in ('employer', 'person')),
      first_id text not null,
      second_id text not null check (first_id < second_id),
      created_at text not null,
      unique (kind, first_id, second_id)
    )`.execute(db);
  },
};
