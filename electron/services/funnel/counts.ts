// Referral funnels: how many referrals reached each stage, for an employer, an opportunity or
// a programme and period. Each is one pass over an index of (scope, reached, started_on).
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

/** The sums that make a funnel, for any set of referrals `r`. */
export function funnelColumns(now: string) {
  const today = now.slice(0, 10);
  return sql`count(*) as referred,
    coalesce(sum(r.reached >= 1), 0) as interviewed,
    coalesce(sum(r.reached >= 2), 0) as offered,
    coalesce(sum(r.reached >= 3), 0) as started,
    coalesce(sum(r.reached >= 4), 0) as sustained13,
    coalesce(sum(r.reached >= 5), 0) as sustained26,
    coalesce(sum(r.progressed), 0) as progressed,
    coalesce(sum(r.started_on <= ${addDays(today, -13 * 7)}), 0) as started_weeks_ago13,
    coalesce(sum(r.started_on <= ${addDays(today, -26 * 7)}), 0) as started_weeks_ago26`;
}

/** The funnel of the referrals `r` that meet `where`, counted as of `now`. */
export async function funnelCounts(
  db: Kysely<Database>,
  where: RawBuilder<unknown>,
  now: string,
): Promise<FunnelCounts> {
  const { rows } = await sql<FunnelCounts>`select ${funnelColumns(now)}
    from referral r where r.deleted_at is null and ${where}`.execute(db);
  return { ...emptyFunnel(), ...rows[0] };
}
