// Referral funnels: how many referrals reached each stage, for an employer, an opportunity or
// a programme and period, as things stood at the end of a given day. A stage counts only when
// its date is on or before that day, and each share's count is drawn from its own whole, so a
// closed period keeps its figures when later outcomes are recorded.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { z } from 'zod';
import { emptyFunnel, type FunnelCounts, type programmeFunnelInput } from '../../../shared/funnel/schema';
import type { Database } from '../../db/schema';
import { addDays } from '../health/signals';

export function programmeScope({ programmeId, from, to }: z.output<typeof programmeFunnelInput>) {
  const where: RawBuilder<unknown>[] = [sql`r.referred_on >= ${from ?? '0000-00-00'}`];
  if (to) where.push(sql`r.referred_on <= ${to}`);
  if (programmeId) where.push(sql`r.programme_id = ${programmeId}`);
  return sql.join(where, sql` and `);
}

/** The conditions of each stage for a referral `r`, as it stood at the end of the day of `on`. */
function stagesOn(on: string) {
  const day = on.slice(0, 10);
  // Stages only move forward, so the first date recorded at or after a stage is when it was reached.
  const reached = (...columns: string[]) =>
    columns.length === 1
      ? sql`${sql.ref(columns[0]!)} <= ${day}`
      : sql`coalesce(${sql.join(columns.map((column) => sql.ref(column)))}) <= ${day}`;
  const started = sql`r.started_on <= ${day}`;
  const due13 = sql`r.started_on <= ${addDays(day, -13 * 7)}`;
  const due26 = sql`r.started_on <= ${addDays(day, -26 * 7)}`;
  return {
    interviewed: reached('r.interviewed_on', 'r.offered_on', 'r.started_on', 'r.sustained13_on', 'r.sustained26_on'),
    offered: reached('r.offered_on', 'r.started_on', 'r.sustained13_on', 'r.sustained26_on'),
    started,
    sustained13: sql`${due13} and ${reached('r.sustained13_on', 'r.sustained26_on')}`,
    sustained26: sql`${due26} and ${reached('r.sustained26_on')}`,
    progressed: sql`r.progressed and ${started} and exists (select 1 from progression p
      where p.referral_id = r.id and p.deleted_at is null and p.counts = 1 and p.changed_on <= ${day})`,
    due13,
    due26,
  };
}

/** The sums that make a funnel, for any set of referrals `r`, as things stood at the end of `day`. */
export function funnelColumns(day: string) {
  const stage = stagesOn(day);
  const count = (condition: RawBuilder<unknown>) => sql`coalesce(sum(${condition}), 0)`;
  return sql`count(*) as referred,
    ${count(stage.interviewed)} as interviewed,
    ${count(stage.offered)} as offered,
    ${count(stage.started)} as started,
    ${count(stage.sustained13)} as sustained13,
    ${count(stage.sustained26)} as sustained26,
    ${count(stage.progressed)} as progressed,
    ${count(stage.due13)} as started_weeks_ago13,
    ${count(stage.due26)} as started_weeks_ago26`;
}

/** The funnel of the referrals `r` that meet `where`, as things stood at the end of `day`. */
export async function funnelCounts(
  db: Kysely<Database>,
  where: RawBuilder<unknown>,
  day: string,
): Promise<FunnelCounts> {
  const { rows } = await sql<FunnelCounts>`select ${funnelColumns(day)}
    from referral r where r.deleted_at is null and ${where}`.execute(db);
  return { ...emptyFunnel(), ...rows[0] };
}

export type Evidenced = { started: number; sustained13: number; sustained26: number };

/** The funnel, and of its starts and job checks those with a file attached or a confirmation recorded. */
export async function funnelWithEvidence(
  db: Kysely<Database>,
  where: RawBuilder<unknown>,
  day: string,
): Promise<{ funnel: FunnelCounts; evidenced: Evidenced }> {
  const stage = stagesOn(day);
  const count = (condition: RawBuilder<unknown>) => sql`coalesce(sum(${condition}), 0)`;
  // The furthest stage each start's evidence shows, looked up once per start: evidence of a later
  // stage shows the earlier ones too (in work at 26 weeks means they started).
  const { rows } = await sql<FunnelCounts & { evidencedStarted: number; evidenced13: number; evidenced26: number }>`
    with counted as materialized (
      select r.id, r.interviewed_on, r.offered_on, r.started_on, r.sustained13_on, r.sustained26_on, r.progressed,
        case when ${stage.started} then (select max(case e.stage when 'started' then 1 when 'sustained_13' then 2
            when 'sustained_26' then 3 else 0 end) from evidence e
          where e.referral_id = r.id and e.deleted_at is null and (e.file_name is not null or e.confirmed_by is not null))
        end as evidenced
      from referral r where r.deleted_at is null and ${where})
    select ${funnelColumns(day)},
      ${count(sql`${stage.started} and r.evidenced >= 1`)} as evidenced_started,
      ${count(sql`${stage.sustained13} and r.evidenced >= 2`)} as evidenced13,
      ${count(sql`${stage.sustained26} and r.evidenced >= 3`)} as evidenced26
    from counted r`.execute(db);
  const { evidencedStarted, evidenced13, evidenced26, ...funnel } = rows[0]!;
  return {
    funnel: { ...emptyFunnel(), ...funnel },
    evidenced: { started: evidencedStarted, sustained13: evidenced13, sustained26: evidenced26 },
  };
}
