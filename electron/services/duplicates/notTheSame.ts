import type { z } from 'zod';
import type { notTheSameInput } from '../../../shared/duplicates/schema';
import type { ServiceContext } from '../../kernel/context';

/** The pair is kept, smaller id first, so it is one row however it was asked. */
export async function markNotTheSame(
  ctx: ServiceContext,
  { kind, firstId, secondId }: z.output<typeof notTheSameInput>,
): Promise<{ marked: true }> {
  const [first, second] = [firstId, secondId].sort();
  await ctx.db
    .insertInto('notDuplicate')
    .values({ id: ctx.newId(), kind, firstId: first!, secondId: second!, createdAt: ctx.now() })
    .onConflict((conflict) => conflict.doNothing())
    .execute();
  return { marked: true };
}

/** "Marked Greggs plc and Greggs Bakery as not the same", for the change list and Undo. */
export async function notTheSameSentence(
  ctx: ServiceContext,
  { kind, firstId, secondId }: z.output<typeof notTheSameInput>,
) {
  const table = kind === 'employer' ? 'employer' : 'person';
  const names = await ctx.db.selectFrom(table).select('name').where('id', 'in', [firstId, secondId]).execute();
  return `Marked ${names.map((row) => row.name).join(' and ')} as not the same`;
}
