import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { DomainError } from '../../../shared/result';
import type { TrustFields, TrustNote, updateTrustInput } from '../../../shared/trust/schema';
import type { Database } from '../../db/schema';
import { type ServiceContext } from '../../kernel/context';
import { getEmployer } from '../employers/get';
import { dateNotInFuture, requireActiveEmployer, requireInteractionOf, requirePerson } from '../../kernel/links';
import { requireKnownCodes } from '../vocabulary/codes';

export async function createTrustNote(ctx: ServiceContext, input: TrustFields): Promise<TrustNote> {
  await requireActiveEmployer(ctx.db, input.employerId);
  await requireTrustRules(ctx.db, input.employerId, input);
  const now = ctx.now();
  const id = ctx.newId();
  await ctx.db
    .insertInto('trustNote')
    .values({
      id,
      employerId: input.employerId,
      personId: input.personId ?? null,
      interactionId: input.interactionId ?? null,
      level: input.level,
      direction: input.direction,
      observation: input.observation,
      observedOn: dateNotInFuture(input.observedOn, now, 'observedOn'),
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  const created = await getTrustNote(ctx.db, id);
  return created;
}

export async function updateTrustNote(ctx: ServiceContext, { id, ...changes }: z.output<typeof updateTrustInput>) {
  const before = await getTrustNote(ctx.db, id);
  const merged = { ...before, ...definedOnly(changes) };
  await requireTrustRules(ctx.db, before.employerId, merged);
  await ctx.db
    .updateTable('trustNote')
    .set({
      level: merged.level,
      direction: merged.direction,
      personId: merged.personId ?? null,
      interactionId: merged.interactionId ?? null,
      observation: merged.observation,
      observedOn: dateNotInFuture(merged.observedOn, ctx.now(), 'observedOn'),
      updatedAt: ctx.now(),
    })
    .where('id', '=', id)
    .execute();
  const after = await getTrustNote(ctx.db, id);
  return after;
}

async function requireTrustRules(
  db: Kysely<Database>,
  employerId: string,
  note: Pick<TrustFields, 'level' | 'direction' | 'personId' | 'interactionId'>,
) {
  await requireKnownCodes(db, [
    { field: 'level', list: 'trust_level', code: note.level, label: 'level of trust' },
    { field: 'direction', list: 'trust_direction', code: note.direction, label: 'direction' },
  ]);
  if (note.level === 'inter_personal' && !note.personId) {
    throw new DomainError('invalid_input', 'Trust between people is about someone: choose the person.', 'personId');
  }
  await requirePerson(db, note.personId);
  await requireInteractionOf(db, employerId, note.interactionId);
}

function trustNotes(db: Kysely<Database>) {
  return db
    .selectFrom('trustNote as t')
    .leftJoin('person as p', 'p.id', 't.personId')
    .selectAll('t')
    .select('p.name as personName');
}

/** Oldest first, the order a trajectory is drawn in. */
export async function listTrustNotes(db: Kysely<Database>, employerId: string): Promise<TrustNote[]> {
  await getEmployer(db, employerId);
  return trustNotes(db)
    .where('t.employerId', '=', employerId)
    .where('t.deletedAt', 'is', null)
    .orderBy('t.observedOn')
    .orderBy('t.id')
    .execute();
}

export async function getTrustNote(db: Kysely<Database>, id: string): Promise<TrustNote> {
  const row = await trustNotes(db).where('t.id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('not_found', 'That trust note could not be found.', 'id');
  return row;
}

function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}
