// Moving an employer between relationship phases. Each move is dated and kept, so the
// timeline shows it and reports can count why relationships lapsed, ended or never began.
import type { Kysely } from 'kysely';
import { phasesNeedingReason, type MovePhaseInput, type PhaseChange } from '../../../shared/employers/phase';
import { formatDate } from '../../../shared/dates';
import { DomainError } from '../../../shared/result';
import type { Database } from '../../db/schema';
import type { ServiceContext } from '../../kernel/context';
import { dateNotInFuture, requireActiveEmployer } from '../../kernel/links';
import { requireKnownCodes } from '../vocabulary/codes';
import { getEmployer } from './get';

export async function movePhase(ctx: ServiceContext, input: MovePhaseInput) {
  const before = await requireActiveEmployer(ctx.db, input.employerId);
  const declined = input.declined ?? false;
  await requireKnownCodes(ctx.db, [
    { field: 'toPhase', list: 'phase', code: input.toPhase, label: 'phase' },
    { field: 'route', list: 'developing_route', code: input.route, label: 'route' },
    { field: 'reason', list: 'lapse_reason', code: input.reason, label: 'reason' },
  ]);
  if (input.toPhase === before.phase && !declined) {
    throw new DomainError('invalid_input', `${before.name} is already in this phase. Choose another.`, 'toPhase');
  }
  if (declined && !phasesNeedingReason.includes(input.toPhase)) {
    throw new DomainError('invalid_input', 'An employer who declined moves to dormant or ended.', 'toPhase');
  }
  if (input.toPhase === 'developing' && !input.route) {
    throw new DomainError('invalid_input', 'Choose how the relationship is developing', 'route');
  }
  if ((declined || phasesNeedingReason.includes(input.toPhase)) && !input.reason) {
    throw new DomainError(
      'invalid_input',
      declined ? 'Choose why they declined' : 'Choose why the relationship is ' + input.toPhase,
      'reason',
    );
  }
  const now = ctx.now();
  const changedOn = dateNotInFuture(input.changedOn, now, 'changedOn');
  // Moves keep their order; the first may be long before the employer was typed in.
  const last = await lastPhaseChange(ctx.db, before.id);
  if (last && changedOn < last.changedOn) {
    throw new DomainError(
      'invalid_input',
      `The date cannot be before the last move, on ${formatDate(last.changedOn)}.`,
      'changedOn',
    );
  }
  const id = ctx.newId();
  await ctx.db
    .insertInto('phaseChange')
    .values({
      id,
      employerId: before.id,
      fromPhase: before.phase,
      toPhase: input.toPhase,
      changedOn,
      route: input.toPhase === 'developing' ? (input.route ?? null) : null,
      reason: input.reason ?? null,
      declined: declined ? 1 : 0,
      note: input.note ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  await ctx.db
    .updateTable('employer')
    .set({ phase: input.toPhase, phaseSince: changedOn, updatedAt: now })
    .where('id', '=', before.id)
    .execute();
  return getEmployer(ctx.db, before.id);
}

/** What a phase change shows: its row without the edit timestamps. */
export const phaseChangeFields = [
  'id',
  'employerId',
  'fromPhase',
  'toPhase',
  'changedOn',
  'route',
  'reason',
  'declined',
  'note',
  'createdAt',
] as const;

async function lastPhaseChange(db: Kysely<Database>, employerId: string): Promise<PhaseChange | undefined> {
  const row = await db
    .selectFrom('phaseChange')
    .select(phaseChangeFields)
    .where('employerId', '=', employerId)
    .where('deletedAt', 'is', null)
    .orderBy('changedOn', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row && { ...row, declined: row.declined === 1 };
}
