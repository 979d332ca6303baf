// Reading referrals: one by id, or an opportunity's referrals with their steps, job checks,
// progression and how much evidence each has.
import type { Kysely } from 'kysely';
import type { ProgressionRecord, Referral, ReferralDetail, SustainmentCheck } from '../../../shared/referrals/schema';
import type { ReferralStage } from '../../../shared/referrals/stages';
import { DomainError } from '../../../shared/result';
import type { Database, ReferralTable } from '../../db/schema';
import { getOpportunity } from '../opportunities/opportunity';

async function referralRow(db: Kysely<Database>, id: string) {
  const row = await db.selectFrom('referral').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('not_found', 'That referral could not be found.', 'id');
  return row;
}

export async function requireReferral(db: Kysely<Database>, id: string) {
  const row = await referralRow(db, id);
  if (row.deletedAt)
    throw new DomainError('invalid_input', `${row.reference}’s referral is in Trash. Restore it first.`);
  return row;
}

export async function getReferral(db: Kysely<Database>, id: string): Promise<Referral> {
  return toReferral(await referralRow(db, id));
}

export function toReferral(row: ReferralTable): Referral {
  return {
    id: row.id,
    opportunityId: row.opportunityId,
    employerId: row.employerId,
    programmeId: row.programmeId,
    reference: row.reference,
    stage: row.stage as ReferralStage,
    referredOn: row.referredOn,
    startedOn: row.startedOn,
    exitedOn: row.exitedOn,
    startHourlyPay: row.startHourlyPay,
    startWeeklyHours: row.startWeeklyHours,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    deletedAt: row.deletedAt,
  };
}

export async function listReferrals(db: Kysely<Database>, opportunityId: string): Promise<ReferralDetail[]> {
  await getOpportunity(db, opportunityId);
  const rows = await db
    .selectFrom('referral')
    .selectAll()
    .where('opportunityId', '=', opportunityId)
    .where('deletedAt', 'is', null)
    .orderBy('referredOn', 'desc')
    .orderBy('reference')
    .execute();
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return [];
  const [steps, checks, progressions, evidence] = await Promise.all([
    db
      .selectFrom('referralStep')
      .select(['id', 'referralId', 'stage', 'steppedOn', 'feedback'])
      .where('referralId', 'in', ids)
      .where('deletedAt', 'is', null)
      .orderBy('steppedOn')
      .orderBy('createdAt')
      .execute(),
    db
      .selectFrom('sustainmentCheck')
      .select(['id', 'referralId', 'weeks', 'dueOn', 'status', 'checkedOn'])
      .where('referralId', 'in', ids)
      .where('deletedAt', 'is', null)
      .orderBy('weeks')
      .execute(),
    progressionsOf(db, ids),
    db
      .selectFrom('evidence')
      .select(['referralId', (eb) => eb.fn.countAll<number>().as('count')])
      .where('referralId', 'in', ids)
      .where('deletedAt', 'is', null)
      .groupBy('referralId')
      .execute(),
  ]);
  const of = <T extends { referralId: string | null }>(list: T[], id: string) =>
    list.filter((row) => row.referralId === id);
  return rows.map((row) => ({
    ...toReferral(row),
    steps: of(steps, row.id).map(({ referralId: _, ...step }) => ({ ...step, stage: step.stage as ReferralStage })),
    checks: of(checks, row.id) as SustainmentCheck[],
    progressions: of(progressions, row.id),
    evidenceCount: of(evidence, row.id)[0]?.count ?? 0,
  }));
}

export async function progressionsOf(db: Kysely<Database>, referralIds: string[]): Promise<ProgressionRecord[]> {
  const rows = await db
    .selectFrom('progression')
    .select([
      'id',
      'referralId',
      'changedOn',
      'hourlyPayBefore',
      'hourlyPayAfter',
      'weeklyHoursBefore',
      'weeklyHoursAfter',
      'sameEmployer',
      'contractChange',
      'counts',
      'note',
    ])
    .where('referralId', 'in', referralIds)
    .where('deletedAt', 'is', null)
    .orderBy('changedOn')
    .execute();
  return rows.map((row) => ({ ...row, sameEmployer: row.sameEmployer === 1, counts: row.counts === 1 }));
}
