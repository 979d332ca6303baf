import { sql, type Kysely, type Migration } from 'kysely';

// A funder report reads a year at a time. These indexes let it count contact by kind and month,
// and find who was engaged, from index entries alone.
export const reports: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`create index interaction_by_kind_date on interaction (status, kind, occurred_at, programme_id, employer_id)
      where deleted_at is null`.execute(db);
    await sql`create index opportunity_by_date on opportunity (opened_on, programme_id, kind, places, employer_id)
      where deleted_at is null`.execute(db);
    // Replaces the funnel's date index with one that also says whose referral it is.
    await sql`drop index referral_by_date`.execute(db);
    await sql`create index referral_by_date on referral (referred_on, programme_id, reached, started_on, progressed, employer_id)
      where deleted_at is null`.execute(db);
    await sql`create index referral_started on referral (started_on, programme_id, employer_id)
      where deleted_at is null and started_on is not null`.execute(db);
    await sql`create index commitment_made_on on commitment (created_at, party, employer_id) where deleted_at is null`.execute(
      db,
    );
    await sql`create index commitment_settled_on on commitment (resolved_on, party, status, employer_id)
      where deleted_at is null and resolved_on is not null`.execute(db);
    await sql`create index referral_by_employer_date on referral (employer_id, referred_on) where deleted_at is null`.execute(
      db,
    );
  },
};
