// What merging two records of one employer or person shares: the values the kept record ends
// with, and the other record's way to Trash, noting where it went.
import { formatDate } from '../../../shared/dates';
import type { ServiceContext } from '../../kernel/context';

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
