// The health rules as SQL conditions on a row of the `employer` table, so the same rule can
// filter the whole list, mark a page of rows, or pick the employers for Today. Each compares a
// fact the triggers keep on the employer row (migration 004) with today's date.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { healthSignalCodes, singleThreadedMonths, type HealthSignalCode } from '../../../shared/health/schema';
import { cadencePhases, type Settings } from '../../../shared/settings/schema';
import type { Database } from '../../db/schema';
import { readSettings } from '../settings/app';

export type HealthClock = {
  today: string;
  cadenceDays: Settings['cadenceDays'];
  /** Per phase, the date before which the last contact counts as going cold. */
  coldBefore: Record<string, string>;
  /** The start of the single-threaded window. */
  recentSince: string;
};

export async function healthClock(db: Kysely<Database>, now: string): Promise<HealthClock> {
  const { cadenceDays } = await readSettings(db);
  const today = now.slice(0, 10);
  const coldBefore = Object.fromEntries(cadencePhases.map((phase) => [phase, addDays(today, -cadenceDays[phase])]));
  const recent = new Date(`${today}T00:00:00Z`);
  recent.setUTCMonth(recent.getUTCMonth() - singleThreadedMonths);
  return { today, cadenceDays, coldBefore, recentSince: recent.toISOString().slice(0, 10) };
}

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
      cadencePhases.map((phase) => sql`when ${phase} then ${clock.coldBefore[phase]}`),
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

/** Each signal as a 0/1 column, named by position: the camel-case plugin would rename snake_case. */
export function signalColumns(clock: HealthClock) {
  return healthSignalCodes.map((code, index) => sql<number>`${signalCondition(code, clock)}`.as(`s${index}`));
}

/** The codes of the signals a row with those columns shows. */
export function signalsIn(row: Record<string, unknown>): HealthSignalCode[] {
  return healthSignalCodes.filter((_code, index) => row[`s${index}`] === 1);
}

/** A row with signal columns, as the row with the list of signals it shows instead. */
export function withSignals<Row extends Record<string, unknown>>(row: Row) {
  const rest = Object.fromEntries(Object.entries(row).filter(([key]) => !/^s\d$/.test(key)));
  return { ...rest, health: signalsIn(row) } as Omit<Row, `s${number}`> & { health: HealthSignalCode[] };
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
    .select('id')
    .select(signalColumns(clock))
    .where('id', 'in', ids)
    .execute();
  for (const row of rows) found.set(row.id, signalsIn(row));
  return found;
}
