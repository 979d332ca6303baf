// An erasure and the backups taken before it: they still hold the person until they are pruned.
// Bridgework says which, and the last day each is kept, and erases the person from them on request.
import { sql } from 'kysely';
import { lastDayKept } from '../../../shared/backups/retention';
import type { BackupHoldingPerson, ErasedFromBackups, Erasure } from '../../../shared/privacy/schema';
import type { ServiceContext } from '../../kernel/context';
import type { Job } from '../jobs/registry';
import { getPerson } from '../people/person';
import { erasePerson } from './erase';
import { changeAndForget } from './forget';

/** Erases the person from the record, and lists the backups taken while they were in it. */
export async function eraseAndFindBackups(ctx: ServiceContext, id: string): Promise<Erasure> {
  const { createdAt } = await getPerson(ctx.db, id);
  const erased = await changeAndForget(ctx, (tx) => erasePerson(tx, id), { undoable: false });
  const today = ctx.now().slice(0, 10);
  const all = ctx.record.allBackups();
  const backups: BackupHoldingPerson[] = all
    .filter((backup) => backup.takenAt >= createdAt.slice(0, 19))
    .map((backup) => ({ name: backup.name, takenAt: backup.takenAt, lastDayKept: lastDayKept(all, backup, today) }));
  return { ...erased, backups };
}

export async function eraseFromBackups(
  ctx: ServiceContext,
  id: string,
  names: string[],
  job: Job,
): Promise<ErasedFromBackups> {
  const done: ErasedFromBackups = { rewritten: 0, leftAsTheyWere: [] };
  const chosen = ctx.record.allBackups().filter((backup) => names.includes(backup.name));
  for (const [index, backup] of chosen.entries()) {
    await job.checkpoint('Erasing from backups', index, chosen.length);
    try {
      await ctx.record.rewriteBackup(backup.file, async (db) => {
        const held = await sql<{ held: number }>`select exists (select 1 from person where id = ${id}) as held`.execute(
          db,
        );
        if (!held.rows[0]?.held) return;
        await db.transaction().execute((tx) => erasePerson({ ...ctx, db: tx }, id));
      });
      done.rewritten++;
    } catch {
      // One that will not open with the record's passphrase, or will not check out, is named, not lost.
      done.leftAsTheyWere.push(backup.name);
    }
  }
  await job.checkpoint('Erasing from backups', chosen.length, chosen.length);
  return done;
}
