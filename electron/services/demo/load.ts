import type { Kysely } from 'kysely';
import { archiveTables } from '../../../shared/exports/schema';
import type { Database } from '../../db/schema';
import { demoEmployers } from './employers';
import { seededRandom } from './random';
import { demoPlacements, demoProgrammes } from './placements';
import { employerHistory } from './records';
import { demoRelationships } from './relationships';

export const demoSizes = {
  small: { employers: 300, people: 1_500, interactions: 20_000, busyEmployers: 1, busyInteractions: 1_500 },
  large: { employers: 20_000, people: 100_000, interactions: 1_000_000, busyEmployers: 3, busyInteractions: 12_000 },
} as const;
export type DemoSize = keyof typeof demoSizes;
export type DemoPlan = {
  employers: number;
  people: number;
  interactions: number;
  busyEmployers: number;
  busyInteractions: number;
  /** Opportunities and referrals too (about 3 and 13 per employer); on unless turned off. */
  placements?: boolean;
};
export type DemoCounts = { employers: number; people: number; interactions: number };

// SQLite allows 32,766 bound values in one statement.
const rowsPerInsert = {
  employer: 500,
  person: 1000,
  affiliation: 1000,
  interaction: 1000,
  interactionPerson: 5000,
  trustNote: 1000,
  commitment: 1000,
  phaseChange: 1000,
  assessment: 1000,
  programme: 100,
  opportunity: 1000,
  referral: 1000,
  referralStep: 3000,
  sustainmentCheck: 3000,
  progression: 1000,
  evidence: 1000,
};

/**
 * Writes a demo data set running up to `referenceDate` (the day it is loaded, so a new user's
 * Today is an ordinary day, not a month behind); the caller supplies the transaction.
 */
export async function insertDemoData(
  db: Kysely<Database>,
  size: DemoSize | DemoPlan,
  referenceDate: Date,
): Promise<DemoCounts> {
  const plan: DemoPlan = typeof size === 'string' ? demoSizes[size] : size;
  const employers = demoEmployers({ count: plan.employers, referenceDate });
  await insertRows(db, 'employer', employers);
  const history = employerHistory(employers, seededRandom(31), referenceDate.getTime());
  await insertRows(db, 'phaseChange', history.phaseChange);
  await insertRows(db, 'assessment', history.assessment);
  const counts = { employers: employers.length, people: 0, interactions: 0 };
  for (const batch of demoRelationships(employers, plan, { referenceDate })) {
    await insertBatch(db, batch);
    counts.people += batch.person?.length ?? 0;
    counts.interactions += batch.interaction?.length ?? 0;
  }
  if (plan.placements === false) return counts;
  const placementRandom = seededRandom(47);
  const programmes = demoProgrammes(placementRandom, referenceDate.toISOString());
  await insertRows(db, 'programme', programmes);
  for (const batch of demoPlacements(employers, programmes, placementRandom, referenceDate.getTime())) {
    await insertBatch(db, batch);
  }
  return counts;
}

/** A batch's rows, each table after the ones it refers to. */
async function insertBatch(
  db: Kysely<Database>,
  batch: Partial<Record<keyof typeof rowsPerInsert, readonly object[]>>,
) {
  for (const table of archiveTables) {
    const rows = batch[table as keyof typeof rowsPerInsert];
    if (rows) await insertRows(db, table as keyof typeof rowsPerInsert, rows);
  }
}

async function insertRows(db: Kysely<Database>, table: keyof typeof rowsPerInsert, rows: readonly object[]) {
  const size = rowsPerInsert[table];
  for (let start = 0; start < rows.length; start += size) {
    await db
      .insertInto(table)
      .values(rows.slice(start, start + size) as never)
      .execute();
  }
}
