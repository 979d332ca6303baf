// Moving a record to Trash and back: a soft delete (its change set can be undone). Doing it
// twice changes nothing.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { ServiceContext } from '../../kernel/context';

type ArchivedTable = 'employer' | 'person' | 'interaction' | 'trustNote' | 'opportunity' | 'evidence' | 'caseStudy';

export async function setArchived<Row extends { deletedAt: string | null }>(
  ctx: ServiceContext,
  table: ArchivedTable,
  get: (db: Kysely<Database>, id: string) => Promise<Row>,
  id: string,
  archived: boolean,
): Promise<Row> {
  const before = await get(ctx.db, id);
  if ((before.deletedAt !== null) === archived) return before;
  const now = ctx.now();
  await ctx.db
    .updateTable(table)
    .set({ deletedAt: archived ? now : null, updatedAt: now })
    .where('id', '=', id)
    .execute();
  return get(ctx.db, id);
}
