import { sql, type Kysely, type Migration } from 'kysely';
import { searchIndexSql } from '../search-index';
import { insertTerms, type Term } from './seed-vocabulary';

const timestamps = sql.raw(`created_at text not null, updated_at text not null, deleted_at text`);

export const opportunitiesReferrals: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`create table programme (
      id text primary key,
      name text not null,
      funder text,
      starts_on text,
      ends_on text,
      check_weeks text not null default '[13,26]',
      outcome_definitions text,
      ${timestamps}
    )`.execute(db);

    await sql`create table opportunity (
      id text primary key,
      employer_id text not null references employer (id),
      programme_id text references programme (id),
      kind text not null,
      title text not null,
      places integer,
      opened_on text not null,
      closes_on text,
      starts_on text,
      status text not null check (status in ('open', 'filled', 'closed', 'withdrawn')),
      weekly_hours real,
      contract_type text,
      pay_band text,
      requirements text,
      commitment_id text references commitment (id),
      interaction_id text references interaction (id),
      ${timestamps}
    )`.execute(db);
    await sql`create index opportunity_by_employer on opportunity (employer_id, opened_on desc, id desc)
      where deleted_at is null`.execute(db);

    // The referral row keeps the date of each stage reached, how far it got (`reached`, the rank
    // of its furthest progress stage) and whether it progressed in work, so a funnel is a count
    // over one index. The steps themselves are the history.
    await sql`create table referral (
      id text primary key,
      opportunity_id text not null references opportunity (id),
      employer_id text not null references employer (id),
      programme_id text references programme (id),
      reference text not null,
      stage text not null,
      reached integer not null default 0,
      progressed integer not null default 0,
      referred_on text not null,
      interviewed_on text,
      offered_on text,
      started_on text,
      sustained13_on text,
      sustained26_on text,
      exited_on text,
      start_hourly_pay real,
      start_weekly_hours real,
      ${timestamps}
    )`.execute(db);
    await sql`create index referral_by_opportunity on referral (opportunity_id, reached, started_on, progressed) where deleted_at is null`.execute(
      db,
    );
    await sql`create index referral_by_employer on referral (employer_id, reached, started_on, progressed) where deleted_at is null`.execute(
      db,
    );
    await sql`create index referral_by_date on referral (referred_on, programme_id, reached, started_on, progressed) where deleted_at is null`.execute(
      db,
    );
    await sql`create index referral_by_programme on referral (programme_id, referred_on, reached, started_on, progressed)
      where deleted_at is null and programme_id is not null`.execute(db);
    await sql`create index referral_by_reference on referral (reference) where deleted_at is null`.execute(db);

    await sql`create table referral_step (
      id text primary key,
      referral_id text not null references referral (id),
      employer_id text not null references employer (id),
      stage text not null,
      stepped_on text not null,
      feedback text,
      ${timestamps}
    )`.execute(db);
    await sql`create index referral_step_by_referral on referral_step (referral_id, stepped_on, created_at)
      where deleted_at is null`.execute(db);
    await sql`create index referral_step_by_employer on referral_step (employer_id, stepped_on desc, id desc)
      where deleted_at is null`.execute(db);

    await sql`create table sustainment_check (
      id text primary key,
      referral_id text not null references referral (id),
      employer_id text not null references employer (id),
      weeks integer not null,
      due_on text not null,
      status text not null check (status in ('due', 'in_work', 'left', 'cancelled')),
      checked_on text,
      ${timestamps}
    )`.execute(db);
    await sql`create index sustainment_check_due on sustainment_check (due_on, employer_id)
      where status = 'due' and deleted_at is null`.execute(db);
    await sql`create index sustainment_check_by_referral on sustainment_check (referral_id, weeks)`.execute(db);

    await sql`create table progression (
      id text primary key,
      referral_id text not null references referral (id),
      employer_id text not null references employer (id),
      changed_on text not null,
      hourly_pay_before real,
      hourly_pay_after real,
      weekly_hours_before real,
      weekly_hours_after real,
      same_employer integer not null default 1,
      contract_change text,
      counts integer not null default 0,
      note text,
      ${timestamps}
    )`.execute(db);
    await sql`create index progression_by_referral on progression (referral_id, changed_on) where deleted_at is null`.execute(
      db,
    );

    await sql`create table evidence (
      id text primary key,
      referral_id text not null references referral (id),
      employer_id text not null references employer (id),
      stage text,
      file_name text,
      stored_name text,
      media_type text,
      size_bytes integer,
      sha256 text,
      confirmed_by text,
      note text,
      recorded_on text not null,
      ${timestamps}
    )`.execute(db);
    await sql`create index evidence_by_referral on evidence (referral_id, recorded_on) where deleted_at is null`.execute(
      db,
    );

    await sql`alter table interaction add column programme_id text references programme (id)`.execute(db);

    for (const statement of [...searchIndexSql.opportunity]) {
      await sql.raw(statement).execute(db);
    }
    await insertTerms(db, terms);
  },
};

/** The default terms of the lists this version adds, as they were then. */
const terms: Term[] = [
  ['opportunity_kind', 'vacancy', 'Vacancy', null, 1],
  ['opportunity_kind', 'guaranteed_interviews', 'Guaranteed interviews', null, 2],
  ['opportunity_kind', 'work_trial', 'Work trial', null, 3],
  ['opportunity_kind', 'work_placement', 'Work placement', null, 4],
  ['opportunity_kind', 'pet_course', 'Pre-employment training course', null, 5],
  ['opportunity_kind', 'apprenticeship', 'Apprenticeship', null, 6],
  ['opportunity_kind', 'work_academy', 'Sector-based work academy', null, 7],
  ['opportunity_kind', 'taster', 'Employer taster', null, 8],
  ['opportunity_kind', 'workshop_mentoring', 'Workshop or mentoring', null, 9],
  ['opportunity_kind', 'recruitment_review', 'Recruitment process review', null, 10],
  ['opportunity_kind', 'in_work_training', 'In-work training', null, 11],
  ['contract_type', 'permanent', 'Permanent', null, 1],
  ['contract_type', 'fixed_term', 'Fixed term', null, 2],
  ['contract_type', 'temporary', 'Temporary', null, 3],
  ['contract_type', 'zero_hours', 'Zero hours', null, 4],
  ['contract_type', 'apprenticeship', 'Apprenticeship', null, 5],
  ['contract_type', 'unpaid', 'Unpaid (placement, trial or course)', null, 6],
];
