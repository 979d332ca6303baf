import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Affiliation, createAffiliationInput, endAffiliationInput } from '../../../shared/people/schema';
import { formatDate } from '../../../shared/dates';
import { DomainError } from '../../../shared/result';
import type { Database } from '../../db/schema';
import { type ServiceContext } from '../../kernel/context';
import { getEmployer } from '../employers/get';

type NewAffiliation = Omit<z.output<typeof createAffiliationInput>, 'personId'> & { personId: string };

export async function createAffiliation(ctx: ServiceContext, input: NewAffiliation): Promise<Affiliation> {
  const employer = await getEmployer(ctx.db, input.employerId);
  if (employer.deletedAt) {
    throw new DomainError(
      'invalid_input',
      `${employer.name} is in Trash. Restore it before adding people to it.`,
      'employerId',
    );
  }
  const person = await ctx.db
    .selectFrom('person')
    .select(['id', 'name'])
    .where('id', '=', input.personId)
    .executeTakeFirst();
  if (!person) throw new DomainError('not_found', 'That person could not be found.', 'personId');
  if (input.isPrimary) await releasePrimary(ctx, input.employerId, input.replacePrimary ?? false, person.name);
  const now = ctx.now();
  const id = ctx.newId();
  await ctx.db
    .insertInto('affiliation')
    .values({
      id,
      personId: input.personId,
      employerId: input.employerId,
      roleTitle: input.roleTitle ?? null,
      isPrimary: input.isPrimary ? 1 : 0,
      startedOn: input.startedOn ?? ctx.now().slice(0, 10),
      endedOn: null,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  const created = await getAffiliation(ctx.db, id);
  return created;
}

export async function endAffiliation(ctx: ServiceContext, input: z.output<typeof endAffiliationInput>) {
  const before = await getAffiliation(ctx.db, input.id);
  if (before.endedOn) {
    throw new DomainError(
      'conflict',
      `${before.personName} already left ${before.employerName} on ${formatDate(before.endedOn)}.`,
    );
  }
  const endedOn = input.endedOn ?? ctx.now().slice(0, 10);
  if (before.startedOn && endedOn < before.startedOn) {
    throw new DomainError('invalid_input', 'The end date must be on or after the start date.', 'endedOn');
  }
  // A main contact who leaves stays marked as main contact on the ended role: that is how
  // relationship health knows the employer has lost its single point of contact.
  await ctx.db.updateTable('affiliation').set({ endedOn, updatedAt: ctx.now() }).where('id', '=', input.id).execute();
  const ended = await getAffiliation(ctx.db, input.id);
  const started = input.movedTo
    ? await createAffiliation(ctx, {
        personId: before.personId,
        employerId: input.movedTo.employerId,
        roleTitle: input.movedTo.roleTitle,
        startedOn: endedOn,
      })
    : null;
  return { ended, started };
}

export async function makePrimary(ctx: ServiceContext, id: string, replacePrimary = false): Promise<Affiliation> {
  const before = await getAffiliation(ctx.db, id);
  if (before.endedOn) {
    throw new DomainError('invalid_input', `${before.personName} no longer works at ${before.employerName}.`, 'id');
  }
  if (before.isPrimary) return before;
  await releasePrimary(ctx, before.employerId, replacePrimary, before.personName);
  await ctx.db.updateTable('affiliation').set({ isPrimary: 1, updatedAt: ctx.now() }).where('id', '=', id).execute();
  const after = await getAffiliation(ctx.db, id);
  return after;
}

/** There is one main contact per employer: moving it needs the caller to say so. */
async function releasePrimary(ctx: ServiceContext, employerId: string, replace: boolean, newcomer: string) {
  const current = await currentPrimary(ctx.db, employerId);
  if (!current) return;
  if (!replace) {
    throw new DomainError(
      'conflict',
      `${current.personName} is the main contact at ${current.employerName}. Confirm that ${newcomer} should take over.`,
      'isPrimary',
    );
  }
  await ctx.db
    .updateTable('affiliation')
    .set({ isPrimary: 0, updatedAt: ctx.now() })
    .where('id', '=', current.id)
    .execute();
}

function affiliationQuery(db: Kysely<Database>) {
  return db
    .selectFrom('affiliation as a')
    .innerJoin('person as p', 'p.id', 'a.personId')
    .innerJoin('employer as e', 'e.id', 'a.employerId')
    .select([
      'a.id',
      'a.personId',
      'p.name as personName',
      'a.employerId',
      'e.name as employerName',
      'a.roleTitle',
      'a.isPrimary',
      'a.startedOn',
      'a.endedOn',
    ])
    .where('a.deletedAt', 'is', null);
}

type AffiliationRow = Omit<Affiliation, 'isPrimary'> & { isPrimary: number };
const toAffiliation = (row: AffiliationRow): Affiliation => ({ ...row, isPrimary: row.isPrimary === 1 });

export async function getAffiliation(db: Kysely<Database>, id: string): Promise<Affiliation> {
  const row = await affiliationQuery(db).where('a.id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('not_found', 'That role could not be found.', 'id');
  return toAffiliation(row);
}

export async function currentPrimary(db: Kysely<Database>, employerId: string): Promise<Affiliation | null> {
  const row = await affiliationQuery(db)
    .where('a.employerId', '=', employerId)
    .where('a.isPrimary', '=', 1)
    .where('a.endedOn', 'is', null)
    .executeTakeFirst();
  return row ? toAffiliation(row) : null;
}

/** Current roles first (main contact at the top), then past ones, most recent first. */
export async function listAffiliations(
  db: Kysely<Database>,
  by: { personId: string } | { employerId: string },
): Promise<Affiliation[]> {
  const rows = await affiliationQuery(db)
    .where('p.deletedAt', 'is', null)
    .where('personId' in by ? 'a.personId' : 'a.employerId', '=', 'personId' in by ? by.personId : by.employerId)
    .orderBy((eb) => eb('a.endedOn', 'is not', null))
    .orderBy('a.isPrimary', 'desc')
    .orderBy('a.endedOn', 'desc')
    .orderBy('p.name')
    .execute();
  return rows.map(toAffiliation);
}
