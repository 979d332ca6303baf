import { sql, type Kysely, type Migration } from 'kysely';

// "Mine" on Today and the employer list: an account owner's employers, found by name whatever its
// case, without reading every employer.
export const accountOwnerIndex: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`create index employer_by_account_owner on employer (account_owner collate nocase)`.execute(db);
  },
};
