// The right to erasure: the person, their roles and their place in every contact go; the change
// log keeps only that an erasure happened, and when; text that may still name them is flagged.
import { sql } from 'kysely';
import { formatDate } from '../../../shared/dates';
import type { Erasure } from '../../../shared/privacy/schema';
import type { ServiceContext } from '../../kernel/context';
import { getPerson } from '../people/person';
import { purge } from '../trash/purge';
import { findMentions } from './mentions';

export async function erasePerson(ctx: ServiceContext, id: string): Promise<Erasure> {
  const person = await getPerson(ctx.db, id);
  const needles = [person.name, person.email].filter((needle): needle is string => Boolean(needle));
  const mentions = await findMentions(ctx.db, needles, id);
  // Earlier lines of the change log may hold their details inside other records' before/after.
  const holds = sql.join(
    [id, ...needles].flatMap((needle) => [sql`instr(before, ${needle}) > 0`, sql`instr(after, ${needle}) > 0`]),
    sql` or `,
  );
  await sql`update change_log set before = null, after = null where entity_id = ${id} or ${holds}`.execute(ctx.db);
  for (const needle of needles) {
    await sql`update change_set set sentence = 'Changed the details of someone whose details were later erased'
      where instr(sentence, ${needle}) > 0`.execute(ctx.db);
  }
  await purge(ctx, [{ kind: 'person', id }]);
  const now = ctx.now();
  const reason = `Mentioned someone whose details were erased on ${formatDate(now)}. Read it and remove anything that could identify them.`;
  for (const mention of mentions) {
    await ctx.db
      .insertInto('reviewFlag')
      .values({
        id: ctx.newId(),
        entity: mention.entity,
        entityId: mention.entityId,
        employerId: mention.employerId,
        reason,
        createdAt: now,
        resolvedAt: null,
      })
      .execute();
  }
  return { mentions: mentions.length };
}
