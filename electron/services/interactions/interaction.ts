import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type {
  completeInteractionInput,
  Interaction,
  InteractionFields,
  snoozeFollowUpInput,
  updateInteractionInput,
} from '../../../shared/interactions/schema';
import { DomainError } from '../../../shared/result';
import type { Database } from '../../db/schema';
import type { ServiceContext } from '../../kernel/context';
import { getEmployer } from '../employers/get';
import { createCommitment } from '../commitments/commitment';
import { createPerson } from '../people/person';
import { createTrustNote } from '../trust/trustNote';
import { requireKnownCodes } from '../vocabulary/codes';
import { requireDateFitsStatus, requireFollowUpAfter } from './rules';
import { requireProgramme } from '../programmes/programme';

/** `messageId`: the email or invitation it was logged from, so the same one is recognised again. */
export async function createInteraction(
  ctx: ServiceContext,
  input: InteractionFields,
  messageId: string | null = null,
): Promise<Interaction> {
  const employer = await getEmployer(ctx.db, input.employerId);
  if (employer.deletedAt) {
    throw new DomainError(
      'invalid_input',
      `${employer.name} is in Trash. Restore it before logging contact with it.`,
      'employerId',
    );
  }
  await requireKnownCodes(ctx.db, [
    { field: 'kind', list: 'interaction_kind', code: input.kind, label: 'kind of contact' },
  ]);
  requireDateFitsStatus(input.status, input.occurredAt, ctx.now());
  requireFollowUpAfter(input.occurredAt, input.followUpOn);
  await requireProgramme(ctx.db, input.programmeId);
  const now = ctx.now();
  const id = ctx.newId();
  await ctx.db
    .insertInto('interaction')
    .values({
      id,
      employerId: input.employerId,
      kind: input.kind,
      status: input.status,
      occurredAt: input.occurredAt,
      summary: input.summary,
      notes: input.notes ?? null,
      followUpOn: input.followUpOn ?? null,
      programmeId: input.programmeId ?? null,
      messageId,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  await linkPeople(ctx, id, input.employerId, input.personIds ?? [], input.newPeople ?? [], input.occurredAt);
  const created = await getInteraction(ctx.db, id);
  await recordOutcomes(ctx, created, input);
  return created;
}

/** The trust notes and promises that came out of a contact, saved with it. */
async function recordOutcomes(ctx: ServiceContext, interaction: Interaction, input: InteractionFields) {
  const trustNotes = input.trustNotes ?? [];
  const commitments = input.commitments ?? [];
  if (trustNotes.length + commitments.length === 0) return;
  if (interaction.status !== 'done') {
    throw new DomainError(
      'invalid_input',
      'Trust notes and promises come from contact that has happened. Mark this contact as done, or add them later.',
      trustNotes.length ? 'trustNotes' : 'commitments',
    );
  }
  const links = { employerId: interaction.employerId, interactionId: interaction.id };
  const day = interaction.occurredAt.slice(0, 10);
  for (const [index, note] of trustNotes.entries()) {
    await underField(`trustNotes.${index}`, () =>
      createTrustNote(ctx, { ...note, ...links, observedOn: note.observedOn ?? day }),
    );
  }
  for (const [index, commitment] of commitments.entries()) {
    await underField(`commitments.${index}`, () => createCommitment(ctx, { ...commitment, ...links }));
  }
}

/** Runs a nested write, so that a refusal names the field inside the list it came from. */
export async function underField<T>(prefix: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof DomainError && error.field) {
      throw new DomainError(error.code, error.message, `${prefix}.${error.field}`);
    }
    throw error;
  }
}

export async function snoozeFollowUp(ctx: ServiceContext, input: z.output<typeof snoozeFollowUpInput>) {
  await getInteraction(ctx.db, input.id);
  const until = input.until;
  if (until <= ctx.now().slice(0, 10)) {
    throw new DomainError('invalid_input', 'Choose a date after today.', 'until');
  }
  await ctx.db
    .updateTable('interaction')
    .set({ followUpOn: until, followUpNote: input.reason, updatedAt: ctx.now() })
    .where('id', '=', input.id)
    .execute();
  const after = await getInteraction(ctx.db, input.id);
  return after;
}

export async function updateInteraction(ctx: ServiceContext, input: z.output<typeof updateInteractionInput>) {
  const before = await getInteraction(ctx.db, input.id);
  const { id, personIds, newPeople, ...changes } = input;
  if (changes.kind !== undefined) {
    await requireKnownCodes(ctx.db, [
      { field: 'kind', list: 'interaction_kind', code: changes.kind, label: 'kind of contact' },
    ]);
  }
  const status = changes.status ?? before.status;
  const occurredAt = changes.occurredAt ?? before.occurredAt;
  if (changes.status !== undefined || changes.occurredAt !== undefined)
    requireDateFitsStatus(status, occurredAt, ctx.now());
  requireFollowUpAfter(occurredAt, changes.followUpOn === undefined ? before.followUpOn : changes.followUpOn);
  if (changes.programmeId !== undefined) await requireProgramme(ctx.db, changes.programmeId);
  const columns = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  // A new follow-up date replaces any reason it was put off.
  if (changes.followUpOn !== undefined && changes.followUpOn !== before.followUpOn) columns.followUpNote = null;
  await ctx.db
    .updateTable('interaction')
    .set({ ...columns, updatedAt: ctx.now() })
    .where('id', '=', id)
    .execute();
  if (personIds !== undefined || newPeople !== undefined) {
    await ctx.db.deleteFrom('interactionPerson').where('interactionId', '=', id).execute();
    const keep = personIds ?? before.people.map((person) => person.id);
    await linkPeople(ctx, id, before.employerId, keep, newPeople ?? [], occurredAt);
  }
  const after = await getInteraction(ctx.db, id);
  return after;
}

export async function completeInteraction(ctx: ServiceContext, input: z.output<typeof completeInteractionInput>) {
  const before = await getInteraction(ctx.db, input.id);
  if (before.status === 'done') return before;
  const now = ctx.now();
  const occurredAt = input.occurredAt ?? (before.occurredAt > now ? now : before.occurredAt);
  requireDateFitsStatus('done', occurredAt, now);
  await ctx.db
    .updateTable('interaction')
    .set({ status: 'done', occurredAt, updatedAt: now })
    .where('id', '=', input.id)
    .execute();
  const after = await getInteraction(ctx.db, input.id);
  return after;
}

/** Links the people present, creating anyone met for the first time as a contact at the employer. */
async function linkPeople(
  ctx: ServiceContext,
  interactionId: string,
  employerId: string,
  personIds: string[],
  newPeople: NonNullable<InteractionFields['newPeople']>,
  occurredAt: string,
) {
  const ids = new Set(personIds);
  if (ids.size > 0) {
    const found = await ctx.db
      .selectFrom('person')
      .select('id')
      .where('id', 'in', [...ids])
      .where('deletedAt', 'is', null)
      .execute();
    if (found.length !== ids.size) {
      throw new DomainError(
        'invalid_input',
        'One of the people you chose could not be found. Choose them again.',
        'personIds',
      );
    }
  }
  for (const newcomer of newPeople) {
    const person = await createPerson(ctx, {
      name: newcomer.name,
      employerId,
      roleTitle: newcomer.roleTitle,
      startedOn: occurredAt.slice(0, 10),
    });
    ids.add(person.id);
  }
  if (ids.size > 0) {
    await ctx.db
      .insertInto('interactionPerson')
      .values([...ids].map((personId) => ({ interactionId, personId })))
      .execute();
  }
}

export async function getInteraction(db: Kysely<Database>, id: string): Promise<Interaction> {
  const [interaction] = await getInteractions(db, [id]);
  if (!interaction)
    throw new DomainError('not_found', 'That contact could not be found. It may have been removed.', 'id');
  return interaction;
}

/** The interactions with these ids, with their employer's name and the people present. */
export async function getInteractions(db: Kysely<Database>, ids: string[]): Promise<Interaction[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('interaction as i')
    .innerJoin('employer as e', 'e.id', 'i.employerId')
    .select([
      'i.id',
      'i.employerId',
      'e.name as employerName',
      'i.kind',
      'i.status',
      'i.occurredAt',
      'i.summary',
      'i.notes',
      'i.followUpOn',
      'i.followUpNote',
      'i.programmeId',
      'i.createdAt',
      'i.updatedAt',
      'i.deletedAt',
    ])
    .where('i.id', 'in', ids)
    .execute();
  const interactions = rows.map((row): Interaction => ({ ...row, people: [], attachments: [] }));
  await attachPeopleAndFiles(db, interactions);
  const byId = new Map(interactions.map((interaction) => [interaction.id, interaction]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Fills in who was there and the files kept from its email, in one query each for all of them. */
export async function attachPeopleAndFiles(db: Kysely<Database>, interactions: Interaction[]): Promise<void> {
  if (interactions.length === 0) return;
  const ids = sql.join(interactions.map((interaction) => interaction.id));
  // Plain SQL: building these queries with the query builder costs more than running them.
  const { rows: people } = await sql<{ interactionId: string; id: string; name: string }>`
    select ip.interaction_id, p.id, p.name from interaction_person ip join person p on p.id = ip.person_id
    where ip.interaction_id in (${ids})
    order by p.name`.execute(db);
  const { rows: files } = await sql<{ interactionId: string; id: string; fileName: string; sizeBytes: number | null }>`
    select interaction_id, id, file_name, size_bytes from evidence
    where interaction_id in (${ids}) and deleted_at is null and file_name is not null
    order by created_at, id`.execute(db);
  const byId = new Map(interactions.map((interaction) => [interaction.id, interaction]));
  for (const { interactionId, id, name } of people) byId.get(interactionId)?.people.push({ id, name });
  for (const { interactionId, ...file } of files) byId.get(interactionId)?.attachments.push(file);
}
