import { sql, type Kysely, type Migration } from 'kysely';

// A person may have several phone numbers and email addresses (a contact card often holds a
// mobile, a desk line and a work and home address). The first of each stays in phone and email;
// the others, one on each line.
export const moreWaysToReach: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`alter table person add column other_phones text`.execute(db);
    await sql`alter table person add column other_emails text`.execute(db);
  },
};
