// A change that must leave no trace of what it removed: once it has committed, the write-ahead
// log is emptied, since it still holds the database's pages as they were before the change.
import { sql } from 'kysely';
import { inChangeSet, type ChangeSetOptions } from '../../kernel/changes';
import type { ServiceContext } from '../../kernel/context';

export async function changeAndForget<T>(
  ctx: ServiceContext,
  work: (tx: ServiceContext) => Promise<T>,
  options?: ChangeSetOptions,
): Promise<T> {
  const output = await inChangeSet(ctx, work, options);
  await sql`pragma wal_checkpoint(TRUNCATE)`.execute(ctx.db);
  return output;
}
