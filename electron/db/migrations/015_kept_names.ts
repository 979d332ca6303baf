import { sql, type Kysely, type Migration } from 'kysely';

// Before an anonymised case study is exported, every word that may still name someone must be
// reworded or kept on purpose (a place that shares a surname, say): the words kept, as JSON.
export const keptNames: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`alter table case_study add column kept_names text not null default '[]'`.execute(db);
  },
};
