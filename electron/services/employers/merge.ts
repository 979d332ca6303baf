// Two records of one employer made one. Everything the other holds — contacts, roles, promises,
// trust notes, assessments, phase moves, opportunities, referrals, evidence, case studies, flags
// — moves to the one kept; the kept one takes the other's value of each field chosen (and of any
// field it has empty); the other goes to Trash with a note of where it went. One change set, so
// Undo puts both back as they were.
import { sql } from 'kysely';
import type { z } from 'zod';
import { employerNameKey } from '../../../shared/employers/names';
import { mergeableEmployerFields, type Employer, type mergeEmployersInput } from '../../../shared/employers/schema';
import type { ServiceContext } from '../../kernel/context';
import { withSummariesAfter } from '../../db/employer-summaries';
import { mergedValues, recordsToMerge, retireMerged } from '../duplicates/merged';
import { getEmployer } from './get';

/** Rows that point at an employer but are worked out from others (by triggers): never moved by hand. */
const derived = new Set(['employer_contact']);

export async function mergeEmployers(
  ctx: ServiceContext,
  { keepId, mergeId, take = {} }: z.output<typeof mergeEmployersInput>,
): Promise<Employer> {
  const [kept, merged] = await recordsToMerge(ctx, 'employer', keepId, mergeId);
  const now = ctx.now();

  const values = mergedValues(mergeableEmployerFields, take, kept, merged);
  if (values.name) values.nameKey = employerNameKey(String(values.name));
  if (values.phase) values.phaseSince = merged.phaseSince;

  // One main contact: the kept employer's, if it has one.
  const keptPrimary = await ctx.db
    .selectFrom('affiliation')
    .select('id')
    .where('employerId', '=', keepId)
    .where('isPrimary', '=', 1)
    .where('endedOn', 'is', null)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (keptPrimary) {
    await ctx.db
      .updateTable('affiliation')
      .set({ isPrimary: 0, updatedAt: now })
      .where('employerId', '=', mergeId)
      .execute();
  }
  // However few rows move, the two employers' summaries are worked out once at the end.
  await withSummariesAfter(
    ctx.db,
    Number.POSITIVE_INFINITY,
    () => moveEverything(ctx, mergeId, keepId),
    () => [keepId, mergeId],
  );
  // Its depth is the latest assessment's, of either record.
  const latest = await ctx.db
    .selectFrom('assessment')
    .select('depth')
    .where('employerId', '=', keepId)
    .where('deletedAt', 'is', null)
    .orderBy('assessedOn', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (latest) values.depth = latest.depth;

  await ctx.db
    .updateTable('employer')
    .set({ ...values, updatedAt: now } as never)
    .where('id', '=', keepId)
    .execute();
  await retireMerged(ctx, 'employer', merged, String(values.name ?? kept.name));
  return getEmployer(ctx.db, keepId);
}

async function moveEverything(ctx: ServiceContext, fromId: string, toId: string) {
  for (const { name, removable } of await tablesPointingAtEmployers(ctx)) {
    const move = (where: ReturnType<typeof sql>) =>
      sql`update ${sql.table(name)} set employer_id = ${toId} where employer_id = ${fromId} and ${where}`.execute(
        ctx.db,
      );
    // Current and removed rows apart, so that each is found through its own index.
    if (removable) {
      await move(sql`deleted_at is null`);
      await move(sql`deleted_at is not null`);
    } else await move(sql`true`);
  }
}

/** Every table with an employer_id, read from the schema itself, so a table added later moves too. */
async function tablesPointingAtEmployers(ctx: ServiceContext) {
  const { rows } = await sql<{ name: string; removable: number }>`select m.name,
      exists (select 1 from pragma_table_info(m.name) where name = 'deleted_at') as removable
    from sqlite_master m join pragma_table_info(m.name) p on p.name = 'employer_id'
    where m.type = 'table' and m.name not like '%_fts%'`.execute(ctx.db);
  return rows.filter(({ name }) => !derived.has(name));
}
