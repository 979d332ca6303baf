// What each dropped file would become, before anything is written: the contact, who is on it, the
// employer and why, its attachments, and whether it was logged before.
import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import { maxEvidenceBytes } from '../../../shared/evidence/schema';
import { refusedFile, type MessagePreview, type MailPreview, type previewMailInput } from '../../../shared/mail/schema';
import { DomainError } from '../../../shared/result';
import type { Database } from '../../db/schema';
import type { ServiceContext } from '../../kernel/context';
import { fileTypeProblem } from '../evidence/file-types';
import { mediaTypeOf } from '../evidence/files';
import { employerFor, peopleOn, readAddressBook, type Where } from './match';
import type { CapturedAttachment, CapturedMessage } from './message';
import { readMailFile } from './read';
import { excerptOf, summaryOf } from './text';

export async function previewMail(ctx: ServiceContext, input: z.output<typeof previewMailInput>): Promise<MailPreview> {
  const dropped = await droppedOn(ctx.db, input);
  const book = await readAddressBook(ctx.db);
  const files = [];
  for (const file of input.files) files.push(await readMailFile(file));
  const logged = await loggedBefore(
    ctx.db,
    files.flatMap((file) => file.messages.map((message) => message.key)),
  );
  const firstFile = new Map<string, string>();
  const now = ctx.now();
  const messages = files.flatMap((file, fileIndex): MessagePreview[] => {
    if (file.problem) return [refusedFile(fileIndex, file.fileName, file.problem, now)];
    return file.messages.map((message, part) => {
      const when = timing(message, now);
      const where = employerFor(book, message, dropped);
      const before = logged.get(message.key) ?? null;
      const repeatOf = firstFile.get(message.key);
      if (!repeatOf) firstFile.set(message.key, file.fileName);
      return {
        fileIndex,
        fileName: file.fileName,
        part,
        status: before ? 'logged' : repeatOf ? 'repeated' : 'new',
        problem: before
          ? `Logged before${before.inTrash ? ', and now in Trash' : ''}: ${before.employerName}.`
          : repeatOf
            ? `The same ${message.kind === 'meeting' ? 'invitation' : 'email'} as ${repeatOf}.`
            : null,
        kind: message.kind,
        contactStatus: when.status,
        subject: summaryOf(message.subject, message.kind === 'meeting' ? 'Meeting' : 'Email with no subject'),
        occurredAt: when.occurredAt,
        dateGuessed: message.occurredAt === null,
        people: peopleOn(book, message, where?.employerId ?? null),
        excerpt: excerptOf(message.text),
        attachments: message.attachments.map((attachment) => ({
          name: attachment.name,
          sizeBytes: attachment.bytes.length,
          problem: attachmentProblem(attachment),
        })),
        employer: where
          ? { id: where.employerId, name: book.employerNames.get(where.employerId) ?? '', why: where.why }
          : null,
        logged: before && {
          interactionId: before.interactionId,
          employerId: before.employerId,
          employerName: before.employerName,
          occurredAt: before.occurredAt,
        },
      };
    });
  });
  return { messages };
}

/** When it happened and so whether it is done: an email never later than now, a meeting ahead is planned. */
export function timing(message: CapturedMessage, now: string) {
  const occurredAt = message.occurredAt ?? now;
  if (message.kind === 'email') return { occurredAt: occurredAt > now ? now : occurredAt, status: 'done' as const };
  const status = message.cancelled
    ? ('cancelled' as const)
    : occurredAt > now
      ? ('planned' as const)
      : ('done' as const);
  return { occurredAt, status };
}

/** Why an attachment cannot be kept as evidence, or null when it can. */
export function attachmentProblem(attachment: CapturedAttachment): string | null {
  if (attachment.bytes.length > maxEvidenceBytes) return 'It is over 50 MB, so it will not be kept.';
  const problem = fileTypeProblem(mediaTypeOf(attachment.name), attachment.bytes);
  return problem && 'It is not what its name says it is, so it will not be kept.';
}

async function droppedOn(db: Kysely<Database>, input: z.output<typeof previewMailInput>): Promise<Where> {
  if (input.employerId) {
    const employer = await db
      .selectFrom('employer')
      .select(['id', 'name'])
      .where('id', '=', input.employerId)
      .executeTakeFirst();
    if (!employer) throw new DomainError('not_found', 'That employer could not be found.', 'employerId');
    return { employerId: employer.id, why: 'You dropped it on their page' };
  }
  if (!input.personId) return null;
  const { rows } = await sql<{ employerId: string; name: string }>`
    select a.employer_id, p.name from affiliation a join person p on p.id = a.person_id
    join employer e on e.id = a.employer_id
    where a.person_id = ${input.personId} and a.ended_on is null and a.deleted_at is null and e.deleted_at is null`.execute(
    db,
  );
  return rows.length === 1 ? { employerId: rows[0]!.employerId, why: `${rows[0]!.name} works there` } : null;
}

type LoggedBefore = {
  interactionId: string;
  employerId: string;
  employerName: string;
  occurredAt: string;
  inTrash: boolean;
};

/** The contacts already logged from any of these messages, by message. */
export async function loggedBefore(db: Kysely<Database>, keys: string[]): Promise<Map<string, LoggedBefore>> {
  const found = new Map<string, LoggedBefore>();
  for (let start = 0; start < keys.length; start += 500) {
    const chunk = keys.slice(start, start + 500);
    if (chunk.length === 0) continue;
    const { rows } = await sql<LoggedBefore & { messageId: string; deletedAt: string | null }>`
      select i.message_id, i.id as interaction_id, i.employer_id, e.name as employer_name, i.occurred_at, i.deleted_at
      from interaction i join employer e on e.id = i.employer_id
      where i.message_id in (${sql.join(chunk)})
      order by i.deleted_at is not null`.execute(db);
    for (const row of rows) {
      if (found.has(row.messageId)) continue;
      const { messageId, deletedAt, ...logged } = row;
      found.set(messageId, { ...logged, inTrash: deletedAt !== null });
    }
  }
  return found;
}
