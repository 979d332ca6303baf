// The funder report: what the relationships produced in a period, for the whole record, one
// programme or one funder's programmes. Employers count when they were engaged in the period
// (a done contact, an opportunity opened or a referral made, within the scope); every share is
// returned as a count and the whole it is out of. Outcomes are counted as they stood on the
// period's last day, so a closed period keeps its figures, unless later outcomes are asked for.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Breakdown, DepthDistribution, FunderReport, FunderReportInput } from '../../../shared/reports/schema';
import { DomainError } from '../../../shared/result';
import type { Database } from '../../db/schema';
import { depthOn } from '../assessments/assessment';
import { promisesInPeriod } from '../commitments/commitment';
import { funnelWithEvidence } from '../funnel/counts';
import { getProgramme } from '../programmes/programme';
import { reportFigures } from './figures';

type EngagedEmployer = {
  id: string;
  sector: string | null;
  sizeBand: string | null;
  locality: string | null;
  approach: string | null;
  continuing: number;
  depthAtStart: number | null;
  depthAtEnd: number | null;
  rolesAtEnd: string | null;
  starts: number;
};

export async function funderReport(db: Kysely<Database>, input: FunderReportInput, now: string): Promise<FunderReport> {
  const from = input.from;
  const to = input.to;
  const programme = input.programmeId ? await getProgramme(db, input.programmeId) : null;
  const inScope = await programmeScope(db, programme?.id ?? null, input.funder ?? null);
  const end = sql`date(${to}, '+1 day')`;
  const kinds = await interactionKinds(db);
  const doneInPeriod = sql`status = 'done' and kind in (${sql.join(kinds)}) and occurred_at >= ${from}
    and occurred_at < ${end}`;
  // The whole record: each employer is checked for any sign of engagement, stopping at the first.
  // A programme: the few rows tagged with it are read from the date indexes.
  const engagedIds = inScope.everything
    ? sql`select e.id from employer e where
        exists (select 1 from interaction i where i.employer_id = e.id and i.deleted_at is null
          and i.status = 'done' and i.occurred_at >= ${from} and i.occurred_at < ${end})
        or exists (select 1 from opportunity o where o.employer_id = e.id and o.deleted_at is null
          and o.opened_on between ${from} and ${to})
        or exists (select 1 from referral r where r.employer_id = e.id and r.deleted_at is null
          and r.referred_on between ${from} and ${to})`
    : sql`select employer_id from interaction where deleted_at is null and ${doneInPeriod}
          and ${inScope('programme_id')}
        union select employer_id from opportunity where deleted_at is null and opened_on between ${from} and ${to}
          and ${inScope('programme_id')}
        union select employer_id from referral where deleted_at is null and referred_on between ${from} and ${to}
          and ${inScope('programme_id')}`;
  const { rows: engagedRows } = await sql<{ id: string }>`select id from employer
    where deleted_at is null and id in (${engagedIds})`.execute(db);
  // Read once, then handed to each query as one JSON value: no limit on how many.
  const engaged = sql`(select value from json_each(${JSON.stringify(engagedRows.map((row) => row.id))}))`;
  const { rows: employers } = await sql<EngagedEmployer>`
    select e.id, e.sector, e.size_band, e.locality, e.approach,
      exists (select 1 from interaction i where i.employer_id = e.id and i.deleted_at is null
        and i.status = 'done' and i.occurred_at < ${from}) as continuing,
      ${depthOn(sql.ref('e.id'), from)} as depth_at_start, ${depthOn(sql.ref('e.id'), to)} as depth_at_end,
      (select roles_ours from assessment a where a.employer_id = e.id and a.deleted_at is null
        and a.assessed_on <= ${to} order by a.assessed_on desc, a.id desc limit 1) as roles_at_end,
      0 as starts
    from employer e where e.id in ${engaged}`.execute(db);
  const { rows: starts } = await sql<{ employerId: string; starts: number }>`
    select employer_id, count(*) as starts from referral r indexed by referral_started
    where r.deleted_at is null and r.started_on between ${from} and ${to} and ${inScope('r.programme_id')}
    group by employer_id`.execute(db);
  const startsOf = new Map(starts.map((row) => [row.employerId, row.starts]));
  for (const employer of employers) employer.starts = startsOf.get(employer.id) ?? 0;

  const today = now.slice(0, 10);
  const outcomesOn = input.includeLaterOutcomes || today < to ? today : to;
  const [contacts, promises, opportunities, outcomes] = await Promise.all([
    contactsByMonth(
      db,
      sql`status = 'done' and kind in (${sql.join(kinds)}) and ${inScope('programme_id')}`,
      months(from, to),
    ),
    promisesInPeriod(db, engaged, { from, to }),
    sql<{ kind: string; opportunities: number; places: number }>`
      select kind, count(*) as opportunities, coalesce(sum(places), 0) as places from opportunity
      where deleted_at is null and opened_on between ${from} and ${to} and ${inScope('programme_id')}
        and employer_id not in (select id from employer where deleted_at is not null)
      group by kind order by opportunities desc, kind`.execute(db),
    funnelWithEvidence(
      db,
      sql`r.referred_on between ${from} and ${to} and ${inScope('r.programme_id')}
        and r.employer_id not in (select id from employer where deleted_at is not null)`,
      outcomesOn,
    ),
  ]);
  const counted = {
    employers: {
      engaged: employers.length,
      new: employers.filter((employer) => !employer.continuing).length,
      continuing: employers.filter((employer) => employer.continuing).length,
    },
    contactsByMonth: contacts,
    depthAtStart: distribution(employers.map((employer) => employer.depthAtStart)),
    depthAtEnd: distribution(employers.map((employer) => employer.depthAtEnd)),
    funnel: outcomes.funnel,
  };

  return {
    period: { from, to },
    outcomesOn,
    laterOutcomesIncluded: outcomesOn > to,
    figures: reportFigures({ ...counted, evidenced: outcomes.evidenced, targets: programme?.targets ?? {} }),
    scope: { programmeId: programme?.id ?? null, programmeName: programme?.name ?? null, funder: input.funder ?? null },
    ...counted,
    roles: countRoles(employers),
    approaches: groupBy(employers, (employer) => employer.approach).map(({ code, members }) => ({
      approach: code,
      employers: members.length,
      relational: members.filter(isRelational).length,
      assessed: members.filter(isAssessed).length,
    })),
    promises,
    opportunitiesByKind: opportunities.rows,
    bySector: breakdown(employers, (employer) => employer.sector),
    bySize: breakdown(employers, (employer) => employer.sizeBand),
    byLocality: breakdown(employers, (employer) => employer.locality),
  };
}

type Scope = ((column: string) => RawBuilder<unknown>) & { everything: boolean };
const scope = (condition: (column: string) => RawBuilder<unknown>, everything = false): Scope =>
  Object.assign(condition, { everything });

/** The condition that keeps a row within the report's programme or funder; true for the whole record. */
async function programmeScope(db: Kysely<Database>, programmeId: string | null, funder: string | null) {
  if (programmeId) return scope((column) => sql`${sql.ref(column)} = ${programmeId}`);
  if (!funder) return scope(() => sql`1`, true);
  const rows = await db
    .selectFrom('programme')
    .select('id')
    .where('funder', '=', funder)
    .where('deletedAt', 'is', null)
    .execute();
  if (rows.length === 0) throw new DomainError('invalid_input', `No programme is funded by ${funder}.`, 'funder');
  const ids = rows.map((row) => row.id);
  return scope((column) => sql`${sql.ref(column)} in (${sql.join(ids)})`);
}

async function interactionKinds(db: Kysely<Database>) {
  const rows = await db.selectFrom('vocabulary').select('code').where('list', '=', 'interaction_kind').execute();
  return rows.map((row) => row.code);
}

/** Each calendar month the period touches, cut to the period: its first day and the day after its last. */
function months(from: string, to: string) {
  const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const end = dayAfter(to);
  const list: { month: string; start: string; next: string }[] = [];
  for (let day = new Date(`${from.slice(0, 7)}-01T00:00:00Z`); day.toISOString().slice(0, 10) < end;) {
    const start = day.toISOString().slice(0, 10);
    day.setUTCMonth(day.getUTCMonth() + 1);
    const next = day.toISOString().slice(0, 10);
    list.push({ month: start.slice(0, 7), start: start < from ? from : start, next: next > end ? end : next });
  }
  return list;
}

/**
 * Done contact by month and kind: a month at a time over the index of (status, kind, date), so
 * the rows arrive grouped by kind and nothing is sorted. Contact with employers in Trash is left out.
 */
async function contactsByMonth(
  db: Kysely<Database>,
  where: RawBuilder<unknown>,
  periodMonths: ReturnType<typeof months>,
) {
  const counts: { month: string; kind: string; count: number }[] = [];
  for (const { month, start, next } of periodMonths) {
    const { rows } = await sql<{ kind: string; count: number }>`select kind, count(*) as count
      from interaction indexed by interaction_by_kind_date
      where deleted_at is null and ${where} and occurred_at >= ${start} and occurred_at < ${next}
        and employer_id not in (select id from employer where deleted_at is not null)
      group by kind order by kind`.execute(db);
    counts.push(...rows.map((row) => ({ month, ...row })));
  }
  return counts;
}

const isRelational = (employer: EngagedEmployer) => (employer.depthAtEnd ?? 0) >= 4;
/** Relational is a share of those assessed by the period's end, as in the headline figure. */
const isAssessed = (employer: EngagedEmployer) => employer.depthAtEnd !== null;

function distribution(depths: (number | null)[]): DepthDistribution {
  const byDepth = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  for (const depth of depths) if (depth) byDepth[depth as keyof typeof byDepth] += 1;
  const assessed = depths.filter((depth) => depth !== null).length;
  return {
    byDepth,
    notAssessed: depths.length - assessed,
    relational: { count: byDepth[4] + byDepth[5], of: assessed },
  };
}

function countRoles(employers: EngagedEmployer[]) {
  const counts = new Map<string, number>();
  for (const employer of employers) {
    for (const role of JSON.parse(employer.rolesAtEnd ?? '[]') as string[])
      counts.set(role, (counts.get(role) ?? 0) + 1);
  }
  return [...counts].map(([role, count]) => ({ role, employers: count })).sort((a, b) => b.employers - a.employers);
}

function groupBy(employers: EngagedEmployer[], key: (employer: EngagedEmployer) => string | null) {
  const groups = new Map<string | null, EngagedEmployer[]>();
  for (const employer of employers) groups.set(key(employer), [...(groups.get(key(employer)) ?? []), employer]);
  return [...groups]
    .map(([code, members]) => ({ code, members }))
    .sort((a, b) => b.members.length - a.members.length || String(a.code).localeCompare(String(b.code)));
}

function breakdown(employers: EngagedEmployer[], key: (employer: EngagedEmployer) => string | null): Breakdown[] {
  return groupBy(employers, key).map(({ code, members }) => ({
    code,
    employers: members.length,
    relational: members.filter(isRelational).length,
    assessed: members.filter(isAssessed).length,
    starts: members.reduce((sum, employer) => sum + employer.starts, 0),
  }));
}
