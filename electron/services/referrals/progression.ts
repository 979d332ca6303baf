// In-work progression: a change of pay, hours or contract after a start. Measured against the
// last known terms; a rise of 10 % or more counts, and marks the referral as progressed.
import type { z } from 'zod';
import { formatDate } from '../../../shared/dates';
import { progression } from '../../../shared/referrals/progression';
import type { recordProgressionInput } from '../../../shared/referrals/schema';
import { DomainError } from '../../../shared/result';
import type { ServiceContext } from '../../kernel/context';
import { dateNotInFuture } from '../../kernel/links';
import { progressionsOf, requireReferral } from './read';

export async function recordProgression(ctx: ServiceContext, input: z.output<typeof recordProgressionInput>) {
  const referral = await requireReferral(ctx.db, input.referralId);
  if (!referral.startedOn) {
    throw new DomainError('invalid_input', `${referral.reference} has not started a job yet. Record the start first.`);
  }
  const changedOn = dateNotInFuture(input.changedOn, ctx.now(), 'changedOn');
  if (changedOn < referral.startedOn) {
    throw new DomainError(
      'invalid_input',
      `The change cannot be before they started, on ${formatDate(referral.startedOn)}.`,
      'changedOn',
    );
  }
  const latest = await ctx.db
    .selectFrom('progression')
    .select(['hourlyPayAfter', 'weeklyHoursAfter'])
    .where('referralId', '=', referral.id)
    .where('deletedAt', 'is', null)
    .orderBy('changedOn', 'desc')
    .executeTakeFirst();
  const before = {
    hourlyPay: input.hourlyPayBefore ?? latest?.hourlyPayAfter ?? referral.startHourlyPay,
    weeklyHours: input.weeklyHoursBefore ?? latest?.weeklyHoursAfter ?? referral.startWeeklyHours,
  };
  const after = { hourlyPay: input.hourlyPayAfter ?? null, weeklyHours: input.weeklyHoursAfter ?? null };
  const compared = progression(before, after);
  if (compared.payRise === null && compared.hoursRise === null && !input.contractChange) {
    throw new DomainError(
      'invalid_input',
      'Enter the pay or hours before and after the change, or describe the change of contract.',
      'hourlyPayAfter',
    );
  }
  const now = ctx.now();
  const id = ctx.newId();
  await ctx.db
    .insertInto('progression')
    .values({
      id,
      referralId: referral.id,
      employerId: referral.employerId,
      changedOn,
      hourlyPayBefore: before.hourlyPay ?? null,
      hourlyPayAfter: after.hourlyPay,
      weeklyHoursBefore: before.weeklyHours ?? null,
      weeklyHoursAfter: after.weeklyHours,
      sameEmployer: input.sameEmployer ? 1 : 0,
      contractChange: input.contractChange ?? null,
      counts: compared.counts ? 1 : 0,
      note: input.note ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  if (compared.counts) {
    await ctx.db.updateTable('referral').set({ progressed: 1, updatedAt: now }).where('id', '=', referral.id).execute();
  }
  const [created] = await progressionsOf(ctx.db, [referral.id]).then((rows) => rows.filter((row) => row.id === id));
  return created!;
}
