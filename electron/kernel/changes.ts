// One user action is one change set: one transaction, every row it touched recorded before and
// after (by the triggers in capture.ts), and a sentence saying what was done.
import { sql } from 'kysely';
import type { ServiceContext } from './context';
import { sentenceFor } from './sentences';

export type ChangeSetOptions = {
  /** Deleting for good and erasing cannot be undone: only that they happened is kept, no rows. */
  undoable?: boolean;
  /** The change set this one reverses (an undo) or puts back (a redo). */
  undoes?: string;
  redoes?: string;
  /** Says what was done; by default the procedure's own sentence (sentences.ts). */
  sentence?: (ctx: ServiceContext, output: unknown) => Promise<string>;
};

export async function inChangeSet<T>(
  ctx: ServiceContext,
  work: (tx: ServiceContext) => Promise<T>,
  options: ChangeSetOptions = {},
): Promise<T> {
  if (ctx.changeSetId) return work(ctx);
  let made: { id: string; sentence: string } | undefined;
  const output = await ctx.db.transaction().execute(async (db) => {
    const id = ctx.newId();
    const at = ctx.now();
    const tx: ServiceContext = { ...ctx, db, changeSetId: id };
    const undoable = options.undoable !== false;
    if (undoable) {
      await sql`insert into temp.change_context (change_set_id, at, actor, procedure)
        values (${id}, ${at}, ${ctx.clock.actor}, ${ctx.procedure})`.execute(db);
    }
    const output = await work(tx);
    if (undoable) {
      await sql`delete from temp.change_context`.execute(db);
      const touched = await db.selectFrom('changeLog').select('seq').where('changeSetId', '=', id).executeTakeFirst();
      // A save that changed nothing is not a change.
      if (!touched) return output;
    }
    const sentence = options.sentence ? await options.sentence(tx, output) : await sentenceFor(tx);
    await db
      .insertInto('changeSet')
      .values({
        id,
        hlc: ctx.clock.next(),
        deviceId: ctx.clock.device,
        actor: ctx.clock.actor,
        procedure: ctx.procedure,
        sentence,
        at,
        undoable: undoable ? 1 : 0,
        undoes: options.undoes ?? null,
        redoes: options.redoes ?? null,
        undoneBy: null,
      })
      .execute();
    if (undoable) made = { id, sentence };
    return output;
  });
  // Said once the transaction has committed.
  if (made) ctx.onChangeSet?.(made);
  return output;
}
