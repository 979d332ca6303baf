// The health rules as SQL conditions on a row of the `employer` table, so the same rule can
// filter the whole list, mark a page of rows, or pick the employers for Today. Each compares a
// fact the triggers keep on the employer row (migration 004) with today's date.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { healthSignalCodes, singleThreadedMonths, type HealthSignalCode } from '../../../shared/health/signals';
import { cadencePhases, defaultCadenceDays } from '../../../shared/settings/schema';
import type { Database } from '../../db/schema';
import { cadenceKey } from '../settings/store';

export type HealthClock = {
  today: string;
  /** The start of the single-threaded window. */
  recentSince: string;
};

export function healthClock(now: string): HealthClock {
  const today = now.slice(0, 10);
  const recent = new Date(`${today}T00:00:00Z`);
  recent.setUTCMonth(recent.getUTCMonth() - singleThreadedMonths);
  return { today, recentSince: recent.toISOString().slice(0, 10) };
}

/** The day before which the last contact counts as going cold, from the cadence in Settings.
 * Read inside the statement as an uncorrelated subquery, which SQLite works out once, so
 * listing needs no extra query and no date arithmetic per row. */
const coldBefore = (phase: (typeof cadencePhases)[number], clock: HealthClock) =>
  sql`(select date(${clock.today}, '-' || coalesce((select value from setting where key = ${cadenceKey(phase)}
    and deleted_at is null), ${defaultCadenceDays[phase]}) || ' days'))`;

export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

// Dormant and ended relationships are not expected to be tended, so they raise no signals.
const tended = sql`employer.phase not in ('dormant', 'ended')`;

const conditions: Record<HealthSignalCode, (clock: HealthClock) => RawBuilder<unknown>> = {
  going_cold: (clock) =>
    sql`coalesce(employer.last_contact_at, employer.created_at) < (case employer.phase ${sql.join(
      cadencePhases.map((phase) => sql`when ${phase} then ${coldBefore(phase, clock)}`),
      sql` `,
    )} end)`,
  single_threaded: (clock) =>
    sql`employer.latest_person_contact_at >= ${clock.recentSince}
      and coalesce(employer.second_person_contact_at, '') < ${clock.recentSince}`,
  orphaned: () => sql`employer.orphaned = 1`,
  we_owe: (clock) => sql`employer.we_owe_due_on < ${clock.today}`,
  they_owe: (clock) => sql`employer.they_owe_due_on < ${clock.today}`,
  trust_weakening: () => sql`employer.trust_weakened_levels >= 2`,
};

export function signalCondition(code: HealthSignalCode, clock: HealthClock): RawBuilder<boolean> {
  return sql<boolean>`(${tended} and ${conditions[code](clock)})`;
}

/** Employers showing any of the signals. */
export function anySignal(codes: readonly HealthSignalCode[], clock: HealthClock): RawBuilder<boolean> {
  return sql<boolean>`(${sql.join(
    codes.map((code) => signalCondition(code, clock)),
    sql` or `,
  )})`;
}

/** Every signal in one number, a bit each, so a page of rows carries one extra column.
 * Each shift is bracketed: SQLite gives << and | the same precedence. */
export function signalBits(clock: HealthClock) {
  const bits = healthSignalCodes.map(
    (code, index) => sql`(coalesce(${signalCondition(code, clock)}, 0) << ${sql.lit(index)})`,
  );
  return sql<number>`${sql.join(bits, sql` | `)}`.as('signals');
}

/** The codes of the signals set in a number from `signalBits`. */
export function signalsIn(bits: number): HealthSignalCode[] {
  return healthSignalCodes.filter((_code, index) => (bits >> index) & 1);
}

/** The signals each of these employers shows, by id. */
export async function signalsOf(
  db: Kysely<Database>,
  ids: string[],
  clock: HealthClock,
): Promise<Map<string, HealthSignalCode[]>> {
  const found = new Map<string, HealthSignalCode[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return found;
  const rows = await db
    .selectFrom('employer')
    .select(['id', signalBits(clock)])
    .where('id', 'in', ids)
    .execute();
  for (const row of rows) found.set(row.id, signalsIn(row.signals));
  return found;
}
