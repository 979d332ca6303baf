import { sql, type Kysely, type Migration } from 'kysely';

// Removing a row makes SQLite look for rows that point at it. Without an index on the pointing
// column that is a scan of the whole table: undoing a contact with 20 new people took 3 s on a
// record with a million contacts. Partial indexes, as most of these columns are empty.
const pointers = [
  ['interaction', 'programme_id'],
  ['trust_note', 'interaction_id'],
  ['trust_note', 'person_id'],
  ['commitment', 'interaction_id'],
  ['opportunity', 'interaction_id'],
  ['opportunity', 'commitment_id'],
  ['opportunity', 'programme_id'],
  ['sustainment_check', 'employer_id'],
  ['progression', 'employer_id'],
  ['evidence', 'employer_id'],
  ['review_flag', 'employer_id'],
];

export const foreignKeyIndexes: Migration = {
  async up(db: Kysely<unknown>) {
    for (const [table, column] of pointers) {
      await sql
        .raw(`create index ${table}_by_${column} on ${table} (${column}) where ${column} is not null`)
        .execute(db);
    }
  },
};
