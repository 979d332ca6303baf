// Moving a record to Trash and back: a soft delete, with the change recorded for the audit
// trail and undo. Doing it twice changes nothing.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { ServiceContext } from '../context';

const entities = {
  employer: 'employer',
  person: 'person',
  interaction: 'interaction',
  trustNote: 'trust_note',
  opportunity: 'opportunity',
  evidence: 'evidence',
  caseStudy: 'case_study',
};

export async function setArchived<Row extends { deletedAt: string | null }>(
  ctx: ServiceContext,
  table: keyof typeof entities,
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
  const after = await get(ctx.db, id);
  await ctx.record({ entity: entities[table], entityId: id, action: archived ? 'archive' : 'restore', before, after });
  return after;
}
