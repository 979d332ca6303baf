import { sql, type Kysely, type Migration } from 'kysely';
import { searchIndexSql } from '../search-index';
import { insertTerms, type Term } from './seed-vocabulary';

const timestamps = sql.raw(`created_at text not null, updated_at text not null, deleted_at text`);

export const depthPhasesHealth: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`create table assessment (
      id text primary key,
      employer_id text not null references employer (id),
      assessed_on text not null,
      depth integer not null check (depth between 1 and 5),
      suggested_depth integer check (suggested_depth between 1 and 5),
      roles_ours text not null default '[]',
      roles_theirs text,
      indirect integer not null default 0,
      benefits text not null default '[]',
      rationale text,
      ${timestamps}
    )`.execute(db);
    await sql`create index assessment_by_employer on assessment (employer_id, assessed_on desc, id desc)
      where deleted_at is null`.execute(db);

    await sql`create table phase_change (
      id text primary key,
      employer_id text not null references employer (id),
      from_phase text,
      to_phase text not null,
      changed_on text not null,
      route text,
      reason text,
      declined integer not null default 0,
      note text,
      ${timestamps}
    )`.execute(db);
    await sql`create index phase_change_by_employer on phase_change (employer_id, changed_on desc, id desc)
      where deleted_at is null`.execute(db);

    await sql`alter table interaction add column follow_up_note text`.execute(db);
    // Today's lists: counted from the index alone, then only the rows shown are read.
    await sql`create index interaction_planned on interaction (occurred_at, employer_id)
      where status = 'planned' and deleted_at is null`.execute(db);
    await sql`drop index commitment_open_by_due`.execute(db);
    await sql`create index commitment_open_by_due on commitment (party, due_on, employer_id)
      where deleted_at is null and status = 'open'`.execute(db);
    await sql`create index commitment_made on commitment (employer_id, created_at desc, id desc) where deleted_at is null`.execute(
      db,
    );
    await sql`create index commitment_resolved on commitment (employer_id, resolved_on desc, id desc)
      where deleted_at is null and resolved_on is not null`.execute(db);

    await sql`alter table employer add column phase_since text`.execute(db);
    await sql`update employer set phase_since = substr(created_at, 1, 10)`.execute(db);
    await createEmployerSummaries(db);

    for (const statement of [...searchIndexSql.trust_note, ...searchIndexSql.commitment]) {
      await sql.raw(statement).execute(db);
    }
    await insertTerms(db, terms);
  },
};

// Facts about each employer that relationship health needs for every employer at once, kept
// in step by triggers so that any write (a form, an import, a restore) updates them. None of
// them depends on today's date: the health rules compare them with today when they are read,
// so filtering 20,000 employers by a signal is one pass over the employer table.
//   last_contact_at              the latest done, current interaction
//   follow_up_on / _id           the earliest follow-up date after the last contact (outstanding)
//   latest/second_person_contact_at   when the most and second most recently met people were
//                                last in a done interaction (single-threaded: only one recent)
//   orphaned                     the main contact left and nobody there is a current contact
//   we_owe_due_on/they_owe_due_on    the earliest due date of each side's open promises
//   trust_weakened_levels        how many trust levels have "weakened" as their latest note
//   employer_contact             per person, when they were last in a done interaction
async function createEmployerSummaries(db: Kysely<unknown>) {
  for (const column of [
    'last_contact_at text',
    'follow_up_on text',
    'follow_up_interaction_id text',
    'latest_person_contact_at text',
    'second_person_contact_at text',
    'orphaned integer not null default 0',
    'we_owe_due_on text',
    'they_owe_due_on text',
    'trust_weakened_levels integer not null default 0',
  ]) {
    await sql.raw(`alter table employer add column ${column}`).execute(db);
  }
  await sql`create index employer_by_follow_up on employer (follow_up_on) where deleted_at is null and follow_up_on is not null`.execute(
    db,
  );
  await sql`create index employer_by_last_contact on employer (last_contact_at, id) where deleted_at is null`.execute(
    db,
  );
  await sql`create index interaction_follow_ups_by_employer on interaction (employer_id, follow_up_on)
    where deleted_at is null and follow_up_on is not null`.execute(db);
  await sql`create table employer_contact (
    employer_id text not null,
    person_id text not null,
    last_contact_at text not null,
    primary key (employer_id, person_id)
  ) without rowid`.execute(db);

  const refreshContact = (employer: string) => `
    update employer set last_contact_at = (
      select occurred_at from interaction
      where employer_id = employer.id and status = 'done' and deleted_at is null
      order by occurred_at desc limit 1)
    where id = ${employer};
    update employer set (follow_up_on, follow_up_interaction_id) = (
      select follow_up_on, id from interaction
      where employer_id = employer.id and deleted_at is null and follow_up_on is not null
        and follow_up_on > coalesce(substr(employer.last_contact_at, 1, 10), '')
      order by follow_up_on, id limit 1)
    where id = ${employer};`;
  const recentPeople = (offset: number) => `(select last_contact_at from employer_contact
      where employer_id = employer.id order by last_contact_at desc limit 1 offset ${offset})`;
  const refreshPeopleSummary = (employer: string) => `
    update employer set latest_person_contact_at = ${recentPeople(0)}, second_person_contact_at = ${recentPeople(1)}
    where id = ${employer};`;
  const refreshPeople = (employer: string, people: string) => `
    delete from employer_contact where employer_id = ${employer} and person_id in (${people});
    insert into employer_contact (employer_id, person_id, last_contact_at)
    select ${employer}, ip.person_id, max(i.occurred_at)
    from interaction_person ip join interaction i on i.id = ip.interaction_id
    where ip.person_id in (${people}) and i.employer_id = ${employer} and i.status = 'done' and i.deleted_at is null
    group by ip.person_id;
    ${refreshPeopleSummary(employer)}`;
  const peopleOf = (interaction: string) =>
    `select person_id from interaction_person where interaction_id = ${interaction}`;

  // The other summaries each come from one table with an employer_id: refreshed on any change.
  const fromTable = {
    affiliation: (employer: string) => `
      update employer set orphaned = (
        exists (select 1 from affiliation a where a.employer_id = employer.id and a.is_primary = 1
          and a.ended_on is not null and a.deleted_at is null)
        and not exists (select 1 from affiliation a where a.employer_id = employer.id and a.ended_on is null
          and a.deleted_at is null))
      where id = ${employer};`,
    commitment: (employer: string) => `
      update employer set
        we_owe_due_on = (select min(due_on) from commitment c where c.employer_id = employer.id
          and c.status = 'open' and c.party = 'us' and c.deleted_at is null),
        they_owe_due_on = (select min(due_on) from commitment c where c.employer_id = employer.id
          and c.status = 'open' and c.party = 'employer' and c.deleted_at is null)
      where id = ${employer};`,
    trust_note: (employer: string) => `
      update employer set trust_weakened_levels = (
        select count(*) from (
          select direction, row_number() over (partition by level order by observed_on desc, id desc) as latest
          from trust_note where employer_id = employer.id and deleted_at is null)
        where latest = 1 and direction = 'weakened')
      where id = ${employer};`,
  };

  const triggers = [
    `create trigger interaction_summary_insert after insert on interaction begin
      ${refreshContact('new.employer_id')}
    end`,
    `create trigger interaction_summary_update
      after update of status, occurred_at, follow_up_on, deleted_at, employer_id on interaction begin
      ${refreshContact('old.employer_id')}
      ${refreshContact('new.employer_id')}
      ${refreshPeople('old.employer_id', peopleOf('old.id'))}
      ${refreshPeople('new.employer_id', peopleOf('new.id'))}
    end`,
    `create trigger interaction_summary_delete after delete on interaction begin
      ${refreshContact('old.employer_id')}
    end`,
    `create trigger interaction_person_summary_insert after insert on interaction_person begin
      ${refreshPeople('(select employer_id from interaction where id = new.interaction_id)', 'new.person_id')}
    end`,
    `create trigger interaction_person_summary_delete after delete on interaction_person begin
      ${refreshPeople('(select employer_id from interaction where id = old.interaction_id)', 'old.person_id')}
    end`,
    ...Object.entries(fromTable).flatMap(([table, refresh]) => [
      `create trigger ${table}_summary_insert after insert on ${table} begin ${refresh('new.employer_id')} end`,
      `create trigger ${table}_summary_update after update on ${table} begin
        ${refresh('old.employer_id')}
        ${refresh('new.employer_id')}
      end`,
      `create trigger ${table}_summary_delete after delete on ${table} begin ${refresh('old.employer_id')} end`,
    ]),
  ];
  for (const trigger of triggers) await sql.raw(trigger).execute(db);

  // Fill in the facts for records written before this version.
  await sql`insert into employer_contact (employer_id, person_id, last_contact_at)
    select i.employer_id, ip.person_id, max(i.occurred_at)
    from interaction_person ip join interaction i on i.id = ip.interaction_id
    where i.status = 'done' and i.deleted_at is null
    group by i.employer_id, ip.person_id`.execute(db);
  const everyEmployer = [
    refreshContact('id'),
    refreshPeopleSummary('id'),
    ...Object.values(fromTable).map((f) => f('id')),
  ];
  for (const statement of everyEmployer.join('').split(';')) {
    if (statement.trim()) await sql.raw(statement).execute(db);
  }
}

/** The default terms of the lists this version adds, as they were then. */
const terms: Term[] = [
  ['lapse_reason', 'no_time', 'No time', null, 1],
  ['lapse_reason', 'no_benefit', 'No business benefit seen', null, 2],
  ['lapse_reason', 'poor_management', 'Poor relationship management', null, 3],
  ['lapse_reason', 'no_feedback', 'No feedback from us', null, 4],
  ['lapse_reason', 'bureaucracy', 'Bureaucracy or jargon', null, 5],
  ['lapse_reason', 'wrong_time', 'Wrong time for the business', null, 6],
  ['lapse_reason', 'bad_experience', 'Previous bad experience', null, 7],
  ['lapse_reason', 'no_vacancies', 'No vacancies', null, 8],
  ['lapse_reason', 'decided_elsewhere', 'Decisions made elsewhere (head office)', null, 9],
  ['lapse_reason', 'staff_leaving', 'Fears staff will leave', null, 10],
  ['lapse_reason', 'other', 'Other', null, 11],
  ['developing_route', 'improving', 'Improving', 'Doing what you already do together, better.', 1],
  ['developing_route', 'deepening', 'Deepening', 'Doing more of it, or with more commitment.', 2],
  ['developing_route', 'broadening', 'Broadening', 'Doing new kinds of things together.', 3],
  ['engagement_role', 'consumer', 'Consumer', 'Uses our service, for example to recruit.', 1],
  ['engagement_role', 'stakeholder', 'Stakeholder', 'Helps shape our service.', 2],
  ['engagement_role', 'strategic_partner', 'Strategic partner', 'Has a say in our plans and strategy.', 3],
  ['engagement_role', 'provider', 'Provider', 'Delivers something for participants: mentoring, workshops, tasters.', 4],
  ['benefit', 'direct', 'Direct business benefit', 'Staff recruited, skills gained, costs saved.', 1],
  ['benefit', 'indirect', 'Indirect business benefit', 'A stronger sector, local area or society.', 2],
  ['benefit', 'personal', 'Personal benefit for our contact', 'Our contact gains something for themselves.', 3],
];
