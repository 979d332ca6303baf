import { sql, type Kysely, type Migration } from 'kysely';

// A promise has the day it was made, which may be long before the day it was typed in: a
// promise made in a September contact and recorded in November was made in September, and can
// be marked kept in October. Promises already recorded were made on the day of the contact they
// were made in, or else the day they were recorded.
export const madeOn: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`alter table commitment add column made_on text not null default ''`.execute(db);
    await fillMadeOn(db);
    // The timeline and the reports find promises by the day they were made.
    await sql`drop index commitment_made`.execute(db);
    await sql`create index commitment_made on commitment (employer_id, made_on desc, id desc) where deleted_at is null`.execute(
      db,
    );
    await sql`drop index commitment_made_on`.execute(db);
    await sql`create index commitment_made_on on commitment (made_on, party, employer_id) where deleted_at is null`.execute(
      db,
    );
  },
};

/** Also for promises from an archive made before this version, which have no made-on day. */
export async function fillMadeOn(db: Kysely<unknown>): Promise<void> {
  await sql`update commitment set made_on = coalesce(
      (select substr(occurred_at, 1, 10) from interaction where interaction.id = commitment.interaction_id),
      substr(created_at, 1, 10))
    where made_on = ''`.execute(db);
}
