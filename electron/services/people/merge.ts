// Two records of one person made one: their roles, their place in every contact and the trust
// notes about them move to the one kept, which fills its gaps or takes the values chosen; the
// other goes to Trash with a note of where they went. One change set, so Undo puts both back.
import { sql } from 'kysely';
import type { z } from 'zod';
import { mergeablePersonFields, type mergePeopleInput, type Person } from '../../../shared/people/schema';
import type { ServiceContext } from '../../kernel/context';
import { mergedValues, recordsToMerge, retireMerged } from '../duplicates/merged';
import { getPerson, linesOf } from './person';

export async function mergePeople(
  ctx: ServiceContext,
  { keepId, mergeId, take = {} }: z.output<typeof mergePeopleInput>,
): Promise<Person> {
  const [kept, merged] = await recordsToMerge(ctx, 'person', keepId, mergeId);
  const now = ctx.now();
  const values = mergedValues(mergeablePersonFields, take, kept, merged);
  // Every number and address either held is kept: the one chosen first, the rest after it.
  for (const [field, others] of [
    ['phone', 'otherPhones'],
    ['email', 'otherEmails'],
  ] as const) {
    const chosen = (values[field] ?? kept[field]) as string | null;
    const all = [kept[field], merged[field], ...linesOf(kept[others]), ...linesOf(merged[others])];
    values[others] =
      [...new Set(all.filter((value): value is string => !!value && value !== chosen))].join('\n') || null;
  }

  await ctx.db
    .updateTable('affiliation')
    .set({ personId: keepId, updatedAt: now })
    .where('personId', '=', mergeId)
    .execute();
  await ctx.db
    .updateTable('trustNote')
    .set({ personId: keepId, updatedAt: now })
    .where('personId', '=', mergeId)
    .execute();
  // Their place in each contact, through its own insert and delete, so each employer's
  // record of who it was last in touch with follows.
  await sql`insert into interaction_person (interaction_id, person_id)
    select interaction_id, ${keepId} from interaction_person where person_id = ${mergeId}
      and interaction_id not in (select interaction_id from interaction_person where person_id = ${keepId})`.execute(
    ctx.db,
  );
  await ctx.db.deleteFrom('interactionPerson').where('personId', '=', mergeId).execute();

  await ctx.db
    .updateTable('person')
    .set({ ...values, updatedAt: now } as never)
    .where('id', '=', keepId)
    .execute();
  await retireMerged(ctx, 'person', merged, String(values.name ?? kept.name));
  return getPerson(ctx.db, keepId);
}
