import { sql, type Kysely, type Migration } from 'kysely';

// Taking someone out of a team gives the others a new key, passed to each laptop sealed with that
// laptop's own key pair (its public half in its member file), so the laptop taken out cannot read
// it. Keys the team used before are kept a while, to take in files written just as the key changed.
export const teamKeys: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`alter table team add column public_key blob`.execute(db);
    await sql`alter table team add column secret_key blob`.execute(db);
    await sql`alter table team add column retired_keys text not null default '[]'`.execute(db);
  },
};
