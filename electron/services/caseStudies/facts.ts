// The facts a case study is drafted from: one employer, one period, straight from the record.
import { sql, type Kysely } from 'kysely';
import type { CaseStudyFacts } from '../../../shared/caseStudies/schema';
import type { Database } from '../../db/schema';
import { getEmployer } from '../employers/get';
import { depthOn } from '../assessments/assessment';
import { promisesInPeriod } from '../commitments/commitment';
import { funnelCounts } from '../funnel/counts';

export async function caseStudyFacts(
  db: Kysely<Database>,
  employerId: string,
  period: { from: string; to: string },
  now: string,
): Promise<CaseStudyFacts> {
  const employer = await getEmployer(db, employerId);
  const { from, to } = period;
  const end = sql`date(${to}, '+1 day')`;
  const doneHere = sql`i.employer_id = ${employerId} and i.deleted_at is null and i.status = 'done'`;
  const { rows: first } = await sql<{ on: string | null }>`select min(substr(i.occurred_at, 1, 10)) as "on"
    from interaction i where ${doneHere}`.execute(db);
  const { rows: contacts } = await sql<{ kind: string; count: number }>`select i.kind, count(*) as count
    from interaction i where ${doneHere} and i.occurred_at >= ${from} and i.occurred_at < ${end}
    group by i.kind order by count desc, i.kind`.execute(db);
  const { rows: roles } = await sql<{ roleTitle: string | null }>`select (select a.role_title from affiliation a
      where a.person_id = p.person_id and a.employer_id = ${employerId} and a.deleted_at is null
      order by a.ended_on is null desc, a.started_on desc limit 1) as role_title
    from (select distinct ip.person_id from interaction_person ip join interaction i on i.id = ip.interaction_id
      where ${doneHere} and i.occurred_at >= ${from} and i.occurred_at < ${end}) p`.execute(db);
  const { rows: phaseMoves } = await sql<{ toPhase: string; changedOn: string }>`select to_phase, changed_on
    from phase_change where employer_id = ${employerId} and deleted_at is null and changed_on between ${from} and ${to}
    order by changed_on`.execute(db);
  const { rows: trust } = await sql<{ direction: string; count: number }>`select direction, count(*) as count
    from trust_note where employer_id = ${employerId} and deleted_at is null and observed_on between ${from} and ${to}
    group by direction`.execute(db);
  const { rows: depths } = await sql<{ start: number | null; end: number | null }>`select
    ${depthOn(sql`${employerId}`, from)} as start, ${depthOn(sql`${employerId}`, to)} as "end"`.execute(db);
  const opportunities = await db
    .selectFrom('opportunity')
    .select(['kind', 'title'])
    .where('employerId', '=', employerId)
    .where('deletedAt', 'is', null)
    .where('openedOn', '>=', from)
    .where('openedOn', '<=', to)
    .orderBy('openedOn')
    .execute();
  const { rows: assessed } = await sql<{ benefits: string; rolesOurs: string; rolesTheirs: string | null }>`
    select benefits, roles_ours, roles_theirs from assessment where employer_id = ${employerId} and deleted_at is null
      and assessed_on <= ${to} order by assessed_on desc, id desc limit 1`.execute(db);
  const { rows: placed } = await sql<{ filled: number; starts: number }>`select
      (select count(*) from opportunity o where o.employer_id = ${employerId} and o.deleted_at is null
        and o.opened_on between ${from} and ${to} and exists (select 1 from referral r where r.opportunity_id = o.id
          and r.deleted_at is null and r.started_on is not null)) as filled,
      (select count(*) from referral r where r.employer_id = ${employerId} and r.deleted_at is null
        and r.started_on between ${from} and ${to}) as starts`.execute(db);
  const given = sql`s.employer_id = ${employerId} and s.deleted_at is null and trim(coalesce(s.feedback, '')) != ''
    and s.stepped_on between ${from} and ${to}`;
  const { rows: feedback } = await sql<{ count: number; latest: string | null }>`select
      (select count(*) from referral_step s where ${given}) as count,
      (select trim(s.feedback) from referral_step s where ${given} order by s.stepped_on desc, s.id desc limit 1) as latest
    `.execute(db);
  const codes = (json: string | null | undefined) => (json ? (JSON.parse(json) as string[]) : []);
  const trustCount = (direction: string) => trust.find((row) => row.direction === direction)?.count ?? 0;
  return {
    employer: {
      name: employer.name,
      sector: employer.sector,
      sizeBand: employer.sizeBand,
      locality: employer.locality,
      approach: employer.approach,
    },
    period,
    firstContactOn: first[0]?.on ?? null,
    phaseMoves,
    contacts,
    roles: roles.map((row) => row.roleTitle),
    promises: await promisesInPeriod(db, sql`(${employerId})`, period),
    trust: { strengthened: trustCount('strengthened'), steady: trustCount('steady'), weakened: trustCount('weakened') },
    depth: { start: depths[0]?.start ?? null, end: depths[0]?.end ?? null },
    opportunities,
    referrals: await funnelCounts(
      db,
      sql`r.employer_id = ${employerId} and r.referred_on between ${from} and ${to}`,
      now,
    ),
    gained: {
      benefits: codes(assessed[0]?.benefits),
      rolesOurs: codes(assessed[0]?.rolesOurs),
      rolesTheirs: codes(assessed[0]?.rolesTheirs),
      filled: placed[0]?.filled ?? 0,
      starts: placed[0]?.starts ?? 0,
      feedback: feedback[0]?.count ?? 0,
      latestFeedback: feedback[0]?.latest ?? null,
    },
  };
}
