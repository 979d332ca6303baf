// What merging two records of one employer or person shares: the values the kept record ends
// with, and the other record's way to Trash, noting where it went.
import type { Selectable } from 'kysely';
import { formatDate } from '../../../shared/dates';
import { DomainError } from '../../../shared/result';
import type { Database } from '../../db/schema';
import type { ServiceContext } from '../../kernel/context';

type Merged = 'employer' | 'person';
const said: Record<Merged, { missing: string; them: string }> = {
  employer: { missing: 'That employer could not be found. It may have been removed.', them: 'it' },
  person: { missing: 'That person could not be found. They may have been removed.', them: 'them' },
};

/** The record to keep and the one to merge into it, each found and not in Trash, or the refusal next to its field. */
export async function recordsToMerge<T extends Merged>(
  ctx: ServiceContext,
  table: T,
  keepId: string,
  mergeId: string,
): Promise<[Selectable<Database[T]>, Selectable<Database[T]>]> {
  const found = async (id: string, field: string) => {
    const row = (await ctx.db
      .selectFrom(table as Merged)
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()) as (Selectable<Database[T]> & { name: string; deletedAt: string | null }) | undefined;
    if (!row) throw new DomainError('not_found', said[table].missing, field);
    if (row.deletedAt) {
      throw new DomainError(
        'invalid_input',
        `${row.name} is in Trash. Restore ${said[table].them} first, then merge.`,
        field,
      );
    }
    return row;
  };
  return Promise.all([found(keepId, 'keepId'), found(mergeId, 'mergeId')]);
}

/** "Merged Sam Patel into Samir Patel", for the change list and Undo. */
export async function mergeSentence(ctx: ServiceContext, table: Merged, mergeId: string, keptName: string) {
  const merged = await ctx.db.selectFrom(table).select('name').where('id', '=', mergeId).executeTakeFirst();
  return `Merged ${merged?.name ?? (table === 'employer' ? 'an employer' : 'someone')} into ${keptName}`;
}

type Choice = 'kept' | 'merged';

/** Each field the other record's where chosen, or where the kept one has none; the notes of both. */
export function mergedValues<F extends string>(
  fields: readonly F[],
  take: Partial<Record<F, Choice>>,
  kept: Record<F | 'notes', unknown>,
  merged: Record<F | 'notes', unknown>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    const choice = take[field] ?? (kept[field] == null ? 'merged' : 'kept');
    if (choice === 'merged' && merged[field] != null) values[field] = merged[field];
  }
  const notes = [kept.notes, merged.notes].filter((text): text is string => typeof text === 'string' && text !== '');
  values.notes = [...new Set(notes)].join('\n\n') || null;
  return values;
}

/** The record merged in goes to Trash, its notes saying into which and when. */
export async function retireMerged(
  ctx: ServiceContext,
  table: 'employer' | 'person',
  merged: { id: string; notes: string | null },
  keptName: string,
): Promise<void> {
  const now = ctx.now();
  await ctx.db
    .updateTable(table)
    .set({
      deletedAt: now,
      updatedAt: now,
      notes: [merged.notes, `Merged into ${keptName} on ${formatDate(now)}.`].filter(Boolean).join('\n\n'),
    })
    .where('id', '=', merged.id)
    .execute();
}
