// Participants referred to an opportunity, by pseudonymous reference only, and their journey
// along the placement stages: interviews, offers, starts, jobs sustained, progression in work.
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { referenceProblem } from '../../../shared/referrals/reference';
import type {
  advanceReferralsInput,
  createReferralsInput,
  recordCheckInput,
  Referral,
} from '../../../shared/referrals/schema';
import { isExit, stageMoveProblem, type ReferralStage } from '../../../shared/referrals/stages';
import { formatDate } from '../../../shared/dates';
import { DomainError } from '../../../shared/result';
import type { Database, ReferralTable } from '../../db/schema';
import { type ServiceContext } from '../../kernel/context';
import { dateNotInFuture } from '../../kernel/links';
import { getOpportunity } from '../opportunities/opportunity';
import { requireProgramme } from '../programmes/programme';
import { readSettings } from '../settings/store';
import {
  dropChecks,
  getCheck,
  moveChecksWithReferrals,
  scheduleChecks,
  setChecksCancelled,
  settleChecksUpTo,
} from './checks';
import { getReferral, requireReferral } from './read';
import { activeSteps, asStageSteps, refreshReferral } from './steps';

export async function createReferrals(
  ctx: ServiceContext,
  input: z.output<typeof createReferralsInput>,
): Promise<Referral[]> {
  const opportunity = await getOpportunity(ctx.db, input.opportunityId);
  if (opportunity.deletedAt)
    throw new DomainError('invalid_input', `${opportunity.title} is in Trash. Restore it first.`);
  if (opportunity.status === 'withdrawn') {
    throw new DomainError('invalid_input', `${opportunity.title} was withdrawn, so nobody can be referred to it.`);
  }
  const programme = await requireProgramme(
    ctx.db,
    input.programmeId === undefined ? opportunity.programmeId : input.programmeId,
  );
  const referredOn = dateNotInFuture(input.referredOn, ctx.now(), 'referredOn');
  const references = await checkedReferences(ctx.db, input.references, opportunity.id);
  const now = ctx.now();
  const created: Referral[] = [];
  for (const reference of references) {
    const id = ctx.newId();
    await ctx.db
      .insertInto('referral')
      .values({
        id,
        opportunityId: opportunity.id,
        employerId: opportunity.employerId,
        programmeId: programme?.id ?? null,
        reference,
        stage: 'referred',
        reached: 0,
        progressed: 0,
        referredOn,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await insertStep(ctx, { id, employerId: opportunity.employerId }, 'referred', referredOn, null);
    const referral = await getReferral(ctx.db, id);
    created.push(referral);
  }
  return created;
}

/** Each reference in the provider's format, once, and not already on this opportunity. */
async function checkedReferences(db: Kysely<Database>, typed: string[], opportunityId: string) {
  const { referenceFormat } = await readSettings(db);
  const references = typed.map((value) => value.trim()).filter(Boolean);
  if (references.length === 0)
    throw new DomainError('invalid_input', 'Enter at least one participant reference.', 'references');
  const line = (index: number) => (references.length > 1 ? `Line ${index + 1}: ` : '');
  const normalised = references.map((reference, index) => {
    const problem = referenceProblem(reference, referenceFormat);
    if (problem) throw new DomainError('invalid_input', `${line(index)}${problem}`, 'references');
    return referenceFormat.prefix + reference.slice(referenceFormat.prefix.length);
  });
  const twice = normalised.find((reference, index) => normalised.indexOf(reference) !== index);
  if (twice)
    throw new DomainError('invalid_input', `${twice} is in the list twice. Enter each person once.`, 'references');
  const existing = await db
    .selectFrom('referral')
    .select('reference')
    .where('opportunityId', '=', opportunityId)
    .where('reference', 'in', normalised)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (existing) {
    throw new DomainError('conflict', `${existing.reference} is already referred to this opportunity.`, 'references');
  }
  return normalised;
}

type Advance = Omit<z.output<typeof advanceReferralsInput>, 'ids' | 'on'> & { on: string };

/** Moves every chosen referral to the same stage on the same date, or none of them. */
export async function advanceReferrals(
  ctx: ServiceContext,
  { ids, on, ...move }: z.output<typeof advanceReferralsInput>,
) {
  const date = dateNotInFuture(on, ctx.now(), 'on');
  return forEach(ctx, ids, (referral) => advanceOne(ctx, referral, { ...move, on: date }, ids.length > 1));
}

async function advanceOne(ctx: ServiceContext, referral: ReferralTable, move: Advance, named: boolean) {
  const steps = await activeSteps(ctx.db, referral.id);
  const problem = stageMoveProblem(asStageSteps(steps), { stage: move.stage, on: move.on });
  if (problem) {
    throw new DomainError(
      'invalid_input',
      named ? `${referral.reference}: ${problem.message}` : problem.message,
      problem.field,
    );
  }
  await insertStep(ctx, referral, move.stage, move.on, move.feedback ?? null);
  const now = ctx.now();
  if (move.stage === 'started') {
    await ctx.db
      .updateTable('referral')
      .set({ startHourlyPay: move.hourlyPay ?? null, startWeeklyHours: move.weeklyHours ?? null })
      .where('id', '=', referral.id)
      .execute();
    await scheduleChecks(ctx, referral, move.on);
  }
  const sustainedWeeks = sustainedStageWeeks[move.stage];
  if (sustainedWeeks) await settleChecksUpTo(ctx.db, referral.id, sustainedWeeks, { on: move.on, settled: true }, now);
  if (isExit(move.stage)) await setChecksCancelled(ctx.db, referral.id, true, now);
  await refreshReferral(ctx.db, referral.id, now);
}

const sustainedStageWeeks: Partial<Record<ReferralStage, number>> = { sustained_13: 13, sustained_26: 26 };

/** Takes back the latest step; the first step ("referred") stays: remove the referral instead. */
export async function undoLastStep(ctx: ServiceContext, referral: ReferralTable) {
  const steps = await activeSteps(ctx.db, referral.id);
  const last = steps.at(-1);
  if (!last || steps.length === 1) {
    throw new DomainError('conflict', `${referral.reference} has only been referred. Remove the referral instead.`);
  }
  const now = ctx.now();
  await ctx.db.updateTable('referralStep').set({ deletedAt: now, updatedAt: now }).where('id', '=', last.id).execute();
  if (last.stage === 'started') await dropChecks(ctx.db, referral.id, now);
  const sustainedWeeks = sustainedStageWeeks[last.stage];
  if (sustainedWeeks) {
    await settleChecksUpTo(ctx.db, referral.id, sustainedWeeks, { on: last.steppedOn, settled: false }, now);
  }
  if (isExit(last.stage)) await setChecksCancelled(ctx.db, referral.id, false, now);
  await refreshReferral(ctx.db, referral.id, now);
}

export async function recordCheck(ctx: ServiceContext, input: z.output<typeof recordCheckInput>) {
  const check = await getCheck(ctx.db, input.id);
  if (!check) throw new DomainError('not_found', 'That check could not be found.', 'id');
  const referral = await requireReferral(ctx.db, check.referralId);
  if (check.status !== 'due') {
    throw new DomainError('conflict', `The ${check.weeks}-week check for ${referral.reference} was already recorded.`);
  }
  const checkedOn = dateNotInFuture(input.checkedOn, ctx.now(), 'checkedOn');
  const now = ctx.now();
  const move = { on: checkedOn, feedback: input.note ?? null };
  if (input.outcome === 'left') {
    await advanceOne(ctx, referral, { ...move, stage: 'left' }, false);
  } else if (checkedOn < check.dueOn) {
    throw new DomainError(
      'invalid_input',
      `This check is due on ${formatDate(check.dueOn)}. Record it on or after that day.`,
      'checkedOn',
    );
  } else if (check.weeks === 13 || check.weeks === 26) {
    await advanceOne(ctx, referral, { ...move, stage: check.weeks === 13 ? 'sustained_13' : 'sustained_26' }, false);
  }
  await ctx.db
    .updateTable('sustainmentCheck')
    .set({ status: input.outcome, checkedOn, updatedAt: now })
    .where('id', '=', check.id)
    .execute();
  const after = await getReferral(ctx.db, referral.id);
  return after;
}

export async function setReferralsArchived(ctx: ServiceContext, ids: string[], archived: boolean) {
  const now = ctx.now();
  for (const id of ids) {
    const before = await getReferral(ctx.db, id);
    if ((before.deletedAt !== null) === archived) continue;
    await ctx.db
      .updateTable('referral')
      .set({ deletedAt: archived ? now : null, updatedAt: now })
      .where('id', '=', id)
      .execute();
    await moveChecksWithReferrals(ctx.db, [id], { from: before.deletedAt, to: archived ? now : null }, now);
  }
  return Promise.all(ids.map((id) => getReferral(ctx.db, id)));
}

/** Runs `change` for each referral, recording it; any refusal undoes them all. */
export async function forEach(ctx: ServiceContext, ids: string[], change: (referral: ReferralTable) => Promise<void>) {
  const changed: Referral[] = [];
  for (const id of ids) {
    const before = await requireReferral(ctx.db, id);
    await change(before);
    const after = await getReferral(ctx.db, id);
    changed.push(after);
  }
  return changed;
}

async function insertStep(
  ctx: ServiceContext,
  referral: Pick<ReferralTable, 'id' | 'employerId'>,
  stage: ReferralStage,
  on: string,
  feedback: string | null,
) {
  const now = ctx.now();
  await ctx.db
    .insertInto('referralStep')
    .values({
      id: ctx.newId(),
      referralId: referral.id,
      employerId: referral.employerId,
      stage,
      steppedOn: on,
      feedback,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
}
