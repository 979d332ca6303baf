// A referral's steps are its history; the referral row is worked out from them, so a step
// added or taken back leaves the row, the funnel and the sustainment checks in step.
import type { Kysely } from 'kysely';
import { DomainError } from '../../../shared/result';
import { isExit, rank, type ReferralStage, type StageStep } from '../../../shared/referrals/stages';
import type { Database, ReferralTable } from '../../db/schema';

const dateColumns: Partial<Record<ReferralStage, keyof ReferralTable>> = {
  referred: 'referredOn',
  interviewed: 'interviewedOn',
  offered: 'offeredOn',
  started: 'startedOn',
  sustained_13: 'sustained13On',
  sustained_26: 'sustained26On',
};

export async function activeSteps(db: Kysely<Database>, referralId: string) {
  const rows = await db
    .selectFrom('referralStep')
    .select(['id', 'stage', 'steppedOn', 'feedback', 'createdAt'])
    .where('referralId', '=', referralId)
    .where('deletedAt', 'is', null)
    .orderBy('steppedOn')
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, stage: row.stage as ReferralStage }));
}

export const asStageSteps = (steps: { stage: ReferralStage; steppedOn: string }[]): StageStep[] =>
  steps.map((step) => ({ stage: step.stage, on: step.steppedOn }));

/** Sets the referral's stage, furthest stage and dates from its remaining steps. */
export async function refreshReferral(db: Kysely<Database>, referralId: string, now: string) {
  const steps = await activeSteps(db, referralId);
  const last = steps.at(-1);
  if (!last) throw new DomainError('conflict', 'A referral must keep its first step.');
  const columns: Partial<ReferralTable> = {
    stage: last.stage,
    reached: Math.max(0, ...steps.map((step) => rank(step.stage))),
    exitedOn: isExit(last.stage) ? last.steppedOn : null,
  };
  for (const [stage, column] of Object.entries(dateColumns)) {
    (columns as Record<string, string | null>)[column] = steps.find((step) => step.stage === stage)?.steppedOn ?? null;
  }
  await db
    .updateTable('referral')
    .set({ ...columns, updatedAt: now })
    .where('id', '=', referralId)
    .execute();
}
