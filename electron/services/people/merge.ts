// Two records of one person made one: their roles, their place in every contact and the trust
// notes about them move to the one kept, which fills its gaps or takes the values chosen; the
// other goes to Trash with a note of where they went. One change set, so Undo puts both back.
import { sql } from 'kysely';
import type { z } from 'zod';
import { mergeablePersonFields, type mergePeopleInput, type Person } from '../../../shared/people/schema';
import { DomainError } from '../../../shared/result';
import type { ServiceContext } from '../../kernel/context';
import { mergedValues, retireMerged } from '../trash/merged';
import { getPerson } from './person';

export async function mergePeople(
  ctx: ServiceContext,
  { keepId, mergeId, take = {} }: z.output<typeof mergePeopleInput>,
): Promise<Person> {
  const [kept, merged] = await Promise.all([activeRow(ctx, keepId, 'keepId'), activeRow(ctx, mergeId, 'mergeId')]);
  const now = ctx.now();
  const values = mergedValues(mergeablePersonFields, take, kept, merged);

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

/** "Merged Sam Patel into Samir Patel", for the change list and Undo. */
export async function mergePeopleSentence(ctx: ServiceContext, mergeId: string, kept: Person): Promise<string> {
  const merged = await ctx.db.selectFrom('person').select('name').where('id', '=', mergeId).executeTakeFirst();
  return `Merged ${merged?.name ?? 'someone'} into ${kept.name}`;
}

async function activeRow(ctx: ServiceContext, id: string, field: string) {
  const row = await ctx.db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('not_found', 'That person could not be found. They may have been removed.', field);
  if (row.deletedAt) {
    throw new DomainError('invalid_input', `${row.name} is in Trash. Restore them first, then merge.`, field);
  }
  return row;
}
