// The record's history of change sets, newest first, and what Undo and Redo would act on now.
import { DomainError } from '../../../shared/result';
import type { ChangeList, ChangeSummary, UndoResult } from '../../../shared/changes/schema';
import type { ChangeSetTable } from '../../db/schema';
import type { ServiceContext } from '../../kernel/context';
import { putBack } from '../../kernel/undo';

const summary = (row: Omit<ChangeSetTable, 'seen'>): ChangeSummary => ({
  id: row.id,
  at: row.at,
  sentence: row.sentence,
  who: row.actor,
  kind: row.undoes ? 'undo' : row.redoes ? 'redo' : 'change',
  undone: row.undoneBy !== null,
  undoable: row.undoable === 1,
});

export async function listChanges(ctx: ServiceContext, limit = 50): Promise<ChangeList> {
  const rows = await ctx.db.selectFrom('changeSet').selectAll().orderBy('hlc', 'desc').limit(limit).execute();
  return { changes: rows.map(summary), nextUndo: await nextUndo(ctx), nextRedo: await nextRedo(ctx) };
}

/** The change in place that was done, or redone, most recently. */
async function nextUndo(ctx: ServiceContext) {
  const row = await ctx.db
    .selectFrom('changeSet as c')
    .leftJoin('changeSet as r', 'r.redoes', 'c.id')
    .selectAll('c')
    .where('c.undoes', 'is', null)
    .where('c.redoes', 'is', null)
    .where('c.undoable', '=', 1)
    .where('c.undoneBy', 'is', null)
    .groupBy('c.id')
    .orderBy((eb) => eb.fn.max(eb.fn.coalesce('r.hlc', 'c.hlc')), 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? summary(row) : null;
}

/** The change undone most recently, as long as nothing new has been done since. */
async function nextRedo(ctx: ServiceContext) {
  const newest = ctx.db
    .selectFrom('changeSet')
    .select((eb) => eb.fn.coalesce(eb.fn.max('hlc'), eb.val('')).as('hlc'))
    .where('undoes', 'is', null)
    .where('redoes', 'is', null);
  const row = await ctx.db
    .selectFrom('changeSet as c')
    .innerJoin('changeSet as u', 'u.id', 'c.undoneBy')
    .selectAll('c')
    .where('u.hlc', '>', newest)
    .orderBy('u.hlc', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? summary(row) : null;
}

async function requireChange(ctx: ServiceContext, id: string) {
  const row = await ctx.db.selectFrom('changeSet').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('not_found', 'That change could not be found. It may be from before this version.');
  if (row.undoes || row.redoes) {
    throw new DomainError('invalid_input', 'That is an undo or a redo. Use Undo or Redo on the change it was about.');
  }
  if (row.undoable !== 1) {
    throw new DomainError(
      'invalid_input',
      `“${row.sentence}” cannot be undone: deleting for good and erasing are final.`,
    );
  }
  return row;
}

export async function undoChange(ctx: ServiceContext, id: string): Promise<UndoResult> {
  const change = await requireChange(ctx, id);
  if (change.undoneBy) throw new DomainError('conflict', `“${change.sentence}” has already been undone.`);
  await putBack(ctx, id, 'undo');
  await ctx.db.updateTable('changeSet').set({ undoneBy: ctx.changeSetId! }).where('id', '=', id).execute();
  return { id, sentence: change.sentence };
}

export async function redoChange(ctx: ServiceContext, id: string): Promise<UndoResult> {
  const change = await requireChange(ctx, id);
  if (!change.undoneBy)
    throw new DomainError('conflict', `“${change.sentence}” is in place: there is nothing to redo.`);
  await putBack(ctx, id, 'redo');
  await ctx.db.updateTable('changeSet').set({ undoneBy: null }).where('id', '=', id).execute();
  return { id, sentence: change.sentence };
}

export const undoSentence = async (_ctx: ServiceContext, output: unknown) =>
  `Undid: ${(output as UndoResult).sentence}`;
export const redoSentence = async (_ctx: ServiceContext, output: unknown) =>
  `Redid: ${(output as UndoResult).sentence}`;
