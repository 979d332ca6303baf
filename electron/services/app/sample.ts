// The made-up sample data a new user can explore with, and removing it in one step. Sample data
// only goes into an empty record, so removing it empties the record again: anything added while
// exploring goes with it (a backup is taken first, just in case).
import { archiveTables } from '../../../shared/exports/schema';
import { DomainError } from '../../../shared/result';
import type { ServiceContext } from '../../kernel/context';
import { sampleDataKey, writeSetting } from '../settings/store';

export async function loadSampleData(ctx: ServiceContext) {
  const existing = await ctx.db.selectFrom('employer').select('id').limit(1).executeTakeFirst();
  if (existing) {
    throw new DomainError(
      'conflict',
      'Sample data can only be added to an empty record. Your employers have not been changed.',
    );
  }
  // The demo generator and its word lists load only when asked for.
  const { insertDemoData } = await import('../demo/load');
  const loaded = await insertDemoData(ctx.db, 'small', new Date(ctx.now()));
  await writeSetting(ctx, sampleDataKey, 'yes');
  return loaded;
}

/** What is kept when the sample goes: your lists' wording and your settings. */
const recordTables = archiveTables.filter((table) => table !== 'vocabulary' && table !== 'setting').reverse();

/** Runs inside one transaction (see app.ts); returns the evidence files to delete once it commits. */
export async function clearSampleData(ctx: ServiceContext): Promise<string[]> {
  const files = await ctx.db.selectFrom('evidence').select('storedName').execute();
  for (const table of recordTables) await ctx.db.deleteFrom(table).execute();
  await writeSetting(ctx, sampleDataKey, 'no');
  return files.flatMap((file) => (file.storedName ? [file.storedName] : []));
}
