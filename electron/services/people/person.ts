import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type {
  createPersonInput,
  listPeopleInput,
  PeoplePage,
  Person,
  PersonFields,
} from '../../../shared/people/schema';
import { DomainError } from '../../../shared/result';
import type { Database, PersonTable } from '../../db/schema';
import { containsText } from '../../db/text-match';
import { createAffiliation, listAffiliations } from '../affiliations/affiliation';
import { type ServiceContext } from '../../kernel/context';
import { requireKnownCodes } from '../vocabulary/codes';

export async function createPerson(ctx: ServiceContext, input: z.output<typeof createPersonInput>): Promise<Person> {
  const { employerId, roleTitle, startedOn, isPrimary, replacePrimary, ...fields } = input;
  await requirePersonCodes(ctx.db, fields);
  const now = ctx.now();
  const id = ctx.newId();
  await ctx.db
    .insertInto('person')
    .values({ id, ...personColumns(fields), name: fields.name, createdAt: now, updatedAt: now })
    .execute();
  if (employerId) {
    await createAffiliation(ctx, { personId: id, employerId, roleTitle, startedOn, isPrimary, replacePrimary });
  }
  return getPerson(ctx.db, id);
}

export async function updatePerson(ctx: ServiceContext, id: string, changes: Partial<PersonFields>): Promise<Person> {
  await getPerson(ctx.db, id);
  await requirePersonCodes(ctx.db, changes);
  await ctx.db
    .updateTable('person')
    .set({ ...personColumns(changes), updatedAt: ctx.now() })
    .where('id', '=', id)
    .execute();
  const after = await getPerson(ctx.db, id);
  return after;
}

export async function getPerson(db: Kysely<Database>, id: string): Promise<Person> {
  const row = await db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('not_found', 'That person could not be found. They may have been removed.', 'id');
  return {
    ...row,
    otherPhones: linesOf(row.otherPhones),
    otherEmails: linesOf(row.otherEmails),
    affiliations: await listAffiliations(db, { personId: id }),
  };
}

export async function listPeople(db: Kysely<Database>, input: z.output<typeof listPeopleInput>): Promise<PeoplePage> {
  let filtered = db.selectFrom('person as p').where('p.deletedAt', 'is', null);
  if (input.query) filtered = filtered.where(containsText('p.name', input.query));
  if (input.employerId) {
    filtered = filtered.where((eb) =>
      eb.exists(
        eb
          .selectFrom('affiliation as a')
          .select('a.id')
          .whereRef('a.personId', '=', 'p.id')
          .where('a.employerId', '=', input.employerId!)
          .where('a.deletedAt', 'is', null),
      ),
    );
  }
  const people = await filtered
    .select(['p.id', 'p.name', 'p.email', 'p.phone'])
    .orderBy(sql`p.name collate nocase`)
    .orderBy('p.id')
    .limit(input.limit ?? 100)
    .offset(input.offset ?? 0)
    .execute();
  const { total } = await filtered.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const roles = people.length
    ? await db
        .selectFrom('affiliation as a')
        .innerJoin('employer as e', 'e.id', 'a.employerId')
        .select(['a.personId', 'e.id', 'e.name', 'a.roleTitle', 'a.isPrimary'])
        .where(
          'a.personId',
          'in',
          people.map((person) => person.id),
        )
        .where('a.endedOn', 'is', null)
        .where('a.deletedAt', 'is', null)
        .where('e.deletedAt', 'is', null)
        .orderBy('e.name')
        .execute()
    : [];
  return {
    total: Number(total),
    rows: people.map((person) => ({
      ...person,
      currentEmployers: roles
        .filter((role) => role.personId === person.id)
        .map(({ id, name, roleTitle, isPrimary }) => ({ id, name, roleTitle, isPrimary: isPrimary === 1 })),
    })),
  };
}

/** A person's fields as the person table holds them. */
export function personColumns(fields: Partial<PersonFields>): Partial<Omit<PersonTable, 'id'>> {
  const columns: Partial<Omit<PersonTable, 'id'>> = {};
  if (fields.name !== undefined) columns.name = fields.name;
  for (const key of ['email', 'phone', 'preferredChannel', 'notes'] as const) {
    if (fields[key] !== undefined) columns[key] = fields[key];
  }
  for (const key of ['otherPhones', 'otherEmails'] as const) {
    if (fields[key] !== undefined) columns[key] = fields[key].join('\n') || null;
  }
  return columns;
}

/** The further phone numbers or email addresses kept one on each line. */
export const linesOf = (text: string | null): string[] => (text ? text.split('\n') : []);

function requirePersonCodes(db: Kysely<Database>, fields: Partial<PersonFields>) {
  return requireKnownCodes(db, [
    {
      field: 'preferredChannel',
      list: 'preferred_channel',
      code: fields.preferredChannel,
      label: 'way to get in touch',
    },
  ]);
}
