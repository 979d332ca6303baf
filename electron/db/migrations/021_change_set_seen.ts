import { sql, type Kysely, type Migration } from 'kysely';

// What a colleague's laptop had of each other laptop's work when it made a change set, as its file
// said: whether two changes were made knowing of each other (a record moved to Trash while being
// changed) is decided alike on every laptop from it.
export const changeSetSeen: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`alter table change_set add column seen text`.execute(db);
  },
};
