import { sql, type Kysely, type Migration } from 'kysely';

// When a contact changes, each person's latest contact with the employer is brought up to date
// from that contact alone, and worked out again from all their contacts only where this one may
// have been their latest. Working it out again every time made moving an employer's 12,000
// contacts (merging two employers, or undoing it) take minutes: each move read every contact of
// everyone present.
export const contactSummaryByChange: Migration = {
  async up(db: Kysely<unknown>) {
    // The employer-wide parts as 004 wrote them: a migration keeps its own SQL, never shared.
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
    await sql`drop trigger interaction_summary_update`.execute(db);
    await sql
      .raw(
        `create trigger interaction_summary_update
        after update of status, occurred_at, follow_up_on, deleted_at, employer_id on interaction begin
        ${refreshContact('old.employer_id')}
        ${refreshContact('new.employer_id')}
        -- Where the contact as it was may have been someone's latest, that is worked out again.
        delete from employer_contact
        where old.status = 'done' and old.deleted_at is null and employer_id = old.employer_id
          and last_contact_at <= old.occurred_at
          and person_id in (select person_id from interaction_person where interaction_id = old.id);
        insert into employer_contact (employer_id, person_id, last_contact_at)
        select * from (
          select old.employer_id, gone.person_id, (
              -- Newest first, stopping at the first they were at: quick for anyone often present.
              select i.occurred_at from interaction i
              where i.employer_id = old.employer_id and i.status = 'done' and i.deleted_at is null
                and exists (select 1 from interaction_person ip where ip.interaction_id = i.id and ip.person_id = gone.person_id)
              order by i.occurred_at desc limit 1) as latest
          from (select person_id from interaction_person where interaction_id = old.id
              and not exists (select 1 from employer_contact c
                where c.employer_id = old.employer_id and c.person_id = interaction_person.person_id)) gone)
        where latest is not null;
        -- The contact as it is now may be someone's latest.
        insert into employer_contact (employer_id, person_id, last_contact_at)
        select new.employer_id, person_id, new.occurred_at from interaction_person
        where interaction_id = new.id and new.status = 'done' and new.deleted_at is null
        on conflict (employer_id, person_id) do update set
          last_contact_at = max(last_contact_at, excluded.last_contact_at);
        ${refreshPeopleSummary('old.employer_id')}
        ${refreshPeopleSummary('new.employer_id')}
      end`,
      )
      .execute(db);
  },
};
