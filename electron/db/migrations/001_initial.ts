import { sql, type Kysely, type Migration } from 'kysely';
import { insertTerms, type Term } from './seed-vocabulary';

// Phases and size bands in their natural order, as the employer list sorts them (the list's
// expressions in db/ordered-expressions.ts must stay equal to these, or the indexes go unused).
const phaseRank =
  "(case phase when 'preparing' then 1 when 'establishing' then 2 when 'maintaining' then 3 when 'developing' then 4 when 'dormant' then 5 when 'ended' then 6 else 99 end)";
const sizeBandRank =
  "(case size_band when 'micro' then 1 when 'small' then 2 when 'medium' then 3 when 'large' then 4 else 99 end)";

const timestamps = sql.raw(`created_at text not null, updated_at text not null, deleted_at text`);

export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`create table employer (
      id text primary key,
      name text not null,
      name_key text not null,
      sector text,
      size_band text,
      ownership text,
      locality text,
      is_branch_of_national integer not null default 0,
      local_recruitment_discretion integer,
      living_wage_employer integer,
      collective_agreement integer,
      website text,
      phone text,
      email text,
      address text,
      postcode text,
      approach text,
      phase text not null default 'preparing',
      depth integer check (depth between 1 and 5),
      account_owner text,
      notes text,
      ${timestamps}
    )`.execute(db);

    // The list is read one page at a time in any of these orders, current or archived.
    for (const [column, order] of [
      ['name', 'name collate nocase, id'],
      ['sector', 'sector, name collate nocase, id'],
      ['size_band', `${sizeBandRank}, name collate nocase, id`],
      ['phase', `${phaseRank}, name collate nocase, id`],
      ['locality', 'locality collate nocase, name collate nocase, id'],
      ['updated_at', 'updated_at, id'],
    ]) {
      await sql
        .raw(`create index employer_current_by_${column} on employer (${order}) where deleted_at is null`)
        .execute(db);
    }
    // Covers every filter, so counting the matches never has to read the employer rows.
    await sql`create index employer_filters on employer (deleted_at, phase, sector, size_band, locality, name)`.execute(
      db,
    );
    await sql`create index employer_archived on employer (deleted_at) where deleted_at is not null`.execute(db);
    await sql`create index employer_name_key on employer (name_key)`.execute(db);

    await sql`create table vocabulary (
      list text not null,
      code text not null,
      label text not null,
      help text,
      sort_order integer not null,
      ${timestamps},
      primary key (list, code)
    )`.execute(db);

    await sql`create table setting (
      key text primary key,
      value text not null,
      ${timestamps}
    )`.execute(db);

    await sql`create table change_log (
      seq integer primary key autoincrement,
      id text not null unique,
      at text not null,
      actor text not null,
      procedure text not null,
      entity text not null,
      entity_id text not null,
      action text not null,
      before text,
      after text
    )`.execute(db);
    await sql`create index change_log_by_entity on change_log (entity, entity_id, seq)`.execute(db);

    await insertTerms(db, terms);
  },
};

/** The default terms of the lists this version adds, as they were then. */
const terms: Term[] = [
  ['phase', 'preparing', 'Preparing', 'Researching the employer before first contact.', 1],
  ['phase', 'establishing', 'Establishing', 'First contacts; agreeing what each side wants.', 2],
  ['phase', 'maintaining', 'Maintaining', 'Regular contact; the arrangement is working.', 3],
  ['phase', 'developing', 'Developing', 'Improving, deepening or broadening what you do together.', 4],
  ['phase', 'dormant', 'Dormant', 'No recent contact, but not ended.', 5],
  ['phase', 'ended', 'Ended', 'The relationship has stopped.', 6],
  ['sector', 'retail', 'Retail', null, 1],
  ['sector', 'hospitality', 'Hospitality and catering', null, 2],
  ['sector', 'health_care', 'Health and social care', null, 3],
  ['sector', 'construction', 'Construction', null, 4],
  ['sector', 'manufacturing', 'Manufacturing', null, 5],
  ['sector', 'logistics', 'Transport and logistics', null, 6],
  ['sector', 'business_services', 'Business and admin services', null, 7],
  ['sector', 'digital', 'Digital and technology', null, 8],
  ['sector', 'public_sector', 'Public sector', null, 9],
  ['sector', 'education', 'Education', null, 10],
  ['sector', 'creative', 'Arts, culture and leisure', null, 11],
  ['sector', 'facilities', 'Cleaning and facilities', null, 12],
  ['sector', 'voluntary', 'Charity and community', null, 13],
  ['sector', 'other', 'Other', null, 14],
  ['size_band', 'micro', 'Micro (1 to 9 staff)', null, 1],
  ['size_band', 'small', 'Small (10 to 49 staff)', null, 2],
  ['size_band', 'medium', 'Medium (50 to 249 staff)', null, 3],
  ['size_band', 'large', 'Large (250 or more staff)', null, 4],
  ['ownership', 'private', 'Private', null, 1],
  ['ownership', 'public', 'Public', null, 2],
  ['ownership', 'voluntary', 'Voluntary or community', null, 3],
  ['approach', 'other_contracts', 'Links from other contracts', null, 1],
  ['approach', 'job_fair', 'Job fair', null, 2],
  ['approach', 'local_relationships', 'Building relationships with local employers', null, 3],
  ['approach', 'online_vacancy', 'Online vacancy search', null, 4],
  ['approach', 'cold_call', 'Cold call', null, 5],
  ['approach', 'reverse_marketing', 'Reverse marketing', null, 6],
  ['approach', 'agency', 'Through an agency', null, 7],
  ['approach', 'employer_referral', 'Recommended by another employer', null, 8],
  ['approach', 'networking_event', 'Networking event', null, 9],
  ['approach', 'existing', 'Existing relationship', null, 10],
];
