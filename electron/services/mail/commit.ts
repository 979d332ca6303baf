// Logs the emails and invitations the person kept in the preview, in one change set: each a
// contact with its people (new ones added at the employer), its attachments kept as evidence with
// their checksums, and a follow-up date or a promise if one was added. One logged before is
// passed over, so dropping the same email twice never logs it twice.
import type { z } from 'zod';
import type { commitMailInput, LoggedMessage, MailCommitted } from '../../../shared/mail/schema';
import { DomainError } from '../../../shared/result';
import type { ServiceContext } from '../../kernel/context';
import { removeEvidenceFiles, mediaTypeOf, storeEvidenceFile } from '../evidence/files';
import { createInteraction, underField } from '../interactions/interaction';
import { createPerson } from '../people/person';
import { peopleOn, readAddressBook, type AddressBook } from './match';
import type { CapturedMessage } from './message';
import { attachmentProblem, loggedBefore, timing } from './preview';
import { readMailFile } from './read';
import { summaryOf } from './text';

type Tally = MailCommitted & { storedFiles: string[]; keys: Set<string> };

export async function commitMail(ctx: ServiceContext, input: z.output<typeof commitMailInput>): Promise<MailCommitted> {
  const book = await readAddressBook(ctx.db);
  const tally: Tally = {
    logged: 0,
    alreadyLogged: 0,
    people: 0,
    attachments: 0,
    employers: [],
    interactionIds: [],
    storedFiles: [],
    keys: new Set(),
  };
  try {
    for (const [index, item] of input.messages.entries()) {
      await underField(`messages.${index}`, () => logMessage(ctx, book, item, tally));
    }
  } catch (error) {
    await removeEvidenceFiles(ctx.system.dataDir, tally.storedFiles);
    throw error;
  }
  const { storedFiles: _, keys: __, ...committed } = tally;
  return committed;
}

async function logMessage(
  ctx: ServiceContext,
  book: AddressBook,
  item: z.output<typeof commitMailInput>['messages'][number],
  tally: Tally,
) {
  const read = await readMailFile(item.file);
  if (read.problem) throw new DomainError('invalid_input', read.problem, 'file');
  const message = read.messages[item.part];
  if (!message)
    throw new DomainError('invalid_input', `${read.fileName} has no meeting number ${item.part + 1}.`, 'part');
  if (tally.keys.has(message.key) || (await loggedBefore(ctx.db, [message.key])).size > 0) {
    tally.alreadyLogged++;
    return;
  }
  tally.keys.add(message.key);
  const { occurredAt, status } = timing(message, ctx.now());
  const personIds = await peopleFor(ctx, book, message, item, occurredAt, tally);
  const interaction = await createInteraction(
    ctx,
    {
      employerId: item.employerId,
      kind: message.kind,
      status,
      occurredAt,
      summary: summaryOf(message.subject, message.kind === 'meeting' ? 'Meeting' : 'Email with no subject'),
      notes: item.keepText && message.text ? message.text : null,
      followUpOn: item.followUpOn ?? null,
      personIds,
      commitments: item.commitment ? [item.commitment] : undefined,
    },
    message.key,
  );
  await keepAttachments(ctx, message, item, interaction, tally);
  tally.logged++;
  tally.interactionIds.push(interaction.id);
  const employer = tally.employers.find((one) => one.id === interaction.employerId);
  if (employer) employer.count++;
  else tally.employers.push({ id: interaction.employerId, name: interaction.employerName, count: 1 });
}

/** The people on it who are in the record, and the new people the person chose to add. */
async function peopleFor(
  ctx: ServiceContext,
  book: AddressBook,
  message: CapturedMessage,
  item: LoggedMessage,
  occurredAt: string,
  tally: Tally,
): Promise<string[]> {
  const ids = new Set(peopleOn(book, message, item.employerId).flatMap((one) => (one.personId ? [one.personId] : [])));
  for (const [index, newcomer] of (item.newPeople ?? []).entries()) {
    const email = newcomer.email.toLowerCase();
    const known = book.people.get(email);
    if (known) {
      ids.add(known.id);
      continue;
    }
    const person = await underField(`newPeople.${index}`, () =>
      createPerson(ctx, {
        name: newcomer.name,
        email,
        employerId: item.employerId,
        startedOn: occurredAt.slice(0, 10),
      }),
    );
    // A later email in the same batch links them rather than adding them again.
    book.people.set(email, { id: person.id, name: person.name, employerIds: [item.employerId] });
    ids.add(person.id);
    tally.people++;
  }
  return [...ids];
}

async function keepAttachments(
  ctx: ServiceContext,
  message: CapturedMessage,
  item: LoggedMessage,
  interaction: { id: string; employerId: string; occurredAt: string },
  tally: Tally,
) {
  const chosen = item.keepAttachments ?? message.attachments.map((_, index) => index);
  for (const index of chosen) {
    const attachment = message.attachments[index];
    if (!attachment || attachmentProblem(attachment)) continue;
    const id = ctx.newId();
    const stored = await storeEvidenceFile(ctx.system.dataDir, id, attachment);
    tally.storedFiles.push(stored.storedName);
    const now = ctx.now();
    await ctx.db
      .insertInto('evidence')
      .values({
        id,
        referralId: null,
        interactionId: interaction.id,
        employerId: interaction.employerId,
        stage: null,
        fileName: stored.fileName,
        storedName: stored.storedName,
        mediaType: mediaTypeOf(stored.fileName),
        sizeBytes: stored.sizeBytes,
        sha256: stored.sha256,
        confirmedBy: null,
        note: null,
        recordedOn: interaction.occurredAt.slice(0, 10),
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    tally.attachments++;
  }
}
