// The right to erasure: the person, their roles and their place in every contact go; the change
// log keeps only that an erasure happened, and when; text that may still name them is flagged.
import { sql } from 'kysely';
import { formatDate } from '../../../shared/dates';
import type { Erasure } from '../../../shared/privacy/schema';
import type { ServiceContext } from '../../kernel/context';
import { getPerson } from '../people/person';
import { purge } from '../trash/purge';
import { forgetRemovedText } from './forget';
import { findMentions } from './mentions';

export async function erasePerson(ctx: ServiceContext, id: string): Promise<Pick<Erasure, 'mentions'>> {
  const person = await getPerson(ctx.db, id);
  const named = [person.name, person.email, ...person.otherEmails].filter((needle): needle is string =>
    Boolean(needle),
  );
  const mentions = await findMentions(ctx.db, named, id);
  const needles = [...named, person.phone, ...person.otherPhones].filter((needle): needle is string => Boolean(needle));
  // Earlier lines of the change log may hold their details inside other records' before/after,
  // written in any case ("sam patel" as well as "Sam Patel").
  const holds = sql.join(
    [id, ...needles].flatMap((needle) => [
      sql`instr(lower(before), lower(${needle})) > 0`,
      sql`instr(lower(after), lower(${needle})) > 0`,
    ]),
    sql` or `,
  );
  const { rows: scrubbed } = await sql<{ entity: string }>`select distinct entity from change_log
    where entity_id = ${id} or ${holds}`.execute(ctx.db);
  await sql`update change_log set before = null, after = null where entity_id = ${id} or ${holds}`.execute(ctx.db);
  for (const needle of needles) {
    await sql`update change_set set sentence = 'Changed the details of someone whose details were later erased'
      where instr(lower(sentence), lower(${needle})) > 0`.execute(ctx.db);
  }
  await purge(ctx, [{ kind: 'person', id }]);
  // Their words in the search index: in their own row's, and in earlier text of other records.
  await forgetRemovedText(ctx.db, ['person', ...scrubbed.map((row) => row.entity)]);
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
