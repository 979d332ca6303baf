// Sustainment checks: a start schedules one at each of the programme's points (13 and 26 weeks
// unless it says otherwise); Today lists the ones coming due; an exit cancels the rest.
import type { Kysely } from 'kysely';
import { sustainmentChecks } from '../../../shared/referrals/stages';
import type { Database } from '../../db/schema';
import type { ServiceContext } from '../../kernel/context';
import { defaultCheckWeeks, getProgramme } from '../programmes/programme';

type ReferralForChecks = { id: string; employerId: string; programmeId: string | null };

export async function scheduleChecks(ctx: ServiceContext, referral: ReferralForChecks, startedOn: string) {
  const weeks = referral.programmeId
    ? (await getProgramme(ctx.db, referral.programmeId)).checkWeeks
    : defaultCheckWeeks;
  const now = ctx.now();
  for (const check of sustainmentChecks(startedOn, weeks)) {
    await ctx.db
      .insertInto('sustainmentCheck')
      .values({
        id: ctx.newId(),
        referralId: referral.id,
        employerId: referral.employerId,
        weeks: check.weeks,
        dueOn: check.dueOn,
        status: 'due',
        checkedOn: null,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
  }
}

/** Takes back a start: its checks are no longer due. */
export async function dropChecks(db: Kysely<Database>, referralId: string, now: string) {
  await db
    .updateTable('sustainmentCheck')
    .set({ deletedAt: now, updatedAt: now })
    .where('referralId', '=', referralId)
    .where('deletedAt', 'is', null)
    .execute();
}

/** An exit cancels the checks still due; taking the exit back makes them due again. */
export async function setChecksCancelled(db: Kysely<Database>, referralId: string, cancelled: boolean, now: string) {
  await db
    .updateTable('sustainmentCheck')
    .set({ status: cancelled ? 'cancelled' : 'due', updatedAt: now })
    .where('referralId', '=', referralId)
    .where('deletedAt', 'is', null)
    .where('status', '=', cancelled ? 'due' : 'cancelled')
    .execute();
}

/**
 * A sustained stage reached on `on` settles the checks due up to that point; taking it back
 * makes the checks it settled due again.
 */
export async function settleChecksUpTo(
  db: Kysely<Database>,
  referralId: string,
  weeks: number,
  change: { on: string; settled: boolean },
  now: string,
) {
  await db
    .updateTable('sustainmentCheck')
    .set(
      change.settled
        ? { status: 'in_work', checkedOn: change.on, updatedAt: now }
        : { status: 'due', checkedOn: null, updatedAt: now },
    )
    .where('referralId', '=', referralId)
    .where('weeks', '<=', weeks)
    .where('deletedAt', 'is', null)
    .where((eb) =>
      change.settled
        ? eb('status', '=', 'due')
        : eb.and([eb('status', '=', 'in_work'), eb('checkedOn', '=', change.on)]),
    )
    .execute();
}

/**
 * Checks follow their referrals to Trash (with the same time stamp) and back, so Today can list
 * the checks due without looking up each referral.
 */
export async function moveChecksWithReferrals(
  db: Kysely<Database>,
  referrals: string[] | { opportunityId: string },
  change: { from: string | null; to: string | null },
  now: string,
) {
  await db
    .updateTable('sustainmentCheck')
    .set({ deletedAt: change.to, updatedAt: now })
    .where((eb) =>
      Array.isArray(referrals)
        ? eb('referralId', 'in', referrals)
        : eb(
            'referralId',
            'in',
            eb.selectFrom('referral').select('id').where('opportunityId', '=', referrals.opportunityId),
          ),
    )
    .where((eb) => (change.from === null ? eb('deletedAt', 'is', null) : eb('deletedAt', '=', change.from)))
    .execute();
}

export async function getCheck(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('sustainmentCheck')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
}
