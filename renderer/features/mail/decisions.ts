// What the person decides for each email in the preview, and the commit it makes: which to log,
// the employer, who to add, what to keep, a follow-up and a promise.
import type { LoggedMessage, MailFile, MessagePreview } from '../../../shared/mail/schema';

export type PromiseDraft = { party: 'employer' | 'us'; description: string; kind: string | null; dueOn: string | null };

export type Decision = {
  log: boolean;
  employerId: string | null;
  employerName: string | null;
  /** Unknown addresses, by email: whether to add them and the name to give them. */
  newPeople: Record<string, { add: boolean; name: string }>;
  keepText: boolean;
  keepAttachments: boolean[];
  followUpOn: string | null;
  promise: PromiseDraft | null;
};

export const messageKey = (message: Pick<MessagePreview, 'fileIndex' | 'part'>) =>
  `${message.fileIndex}:${message.part}`;

/** A name for an unknown address: the one the email gives, or one made from priya.shah@… */
export function suggestedName(person: { name: string | null; email: string }): string {
  if (person.name) {
    const flipped = /^([^,]+),\s*([^,]+)$/.exec(person.name);
    return flipped ? `${flipped[2]} ${flipped[1]}` : person.name;
  }
  const local = person.email.slice(0, person.email.indexOf('@')).replace(/[0-9]+$/, '');
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
}

export function firstDecision(message: MessagePreview): Decision {
  return {
    log: message.status === 'new',
    employerId: message.employer?.id ?? null,
    employerName: message.employer?.name ?? null,
    newPeople: Object.fromEntries(
      message.people
        .filter((person) => !person.personId)
        .map((person) => [person.email, { add: person.atEmployer, name: suggestedName(person) }]),
    ),
    keepText: true,
    keepAttachments: message.attachments.map((attachment) => attachment.problem === null),
    followUpOn: null,
    promise: null,
  };
}

/** The messages to log, in the order sent, with the key of each so a refusal finds its card. */
export async function messagesToLog(
  previews: MessagePreview[],
  decisions: Record<string, Decision>,
  fileOf: (index: number) => Promise<MailFile>,
): Promise<{ keys: string[]; messages: LoggedMessage[] }> {
  const chosen = previews.filter((message) => message.status !== 'refused' && decisions[messageKey(message)]?.log);
  const messages = await Promise.all(
    chosen.map(async (message): Promise<LoggedMessage> => {
      const decision = decisions[messageKey(message)]!;
      return {
        file: await fileOf(message.fileIndex),
        part: message.part,
        employerId: decision.employerId ?? '',
        newPeople: Object.entries(decision.newPeople)
          .filter(([, person]) => person.add)
          .map(([email, person]) => ({ email, name: person.name })),
        keepText: decision.keepText,
        keepAttachments: decision.keepAttachments.flatMap((keep, index) => (keep ? [index] : [])),
        followUpOn: decision.followUpOn,
        commitment: decision.promise && message.contactStatus === 'done' ? decision.promise : null,
      };
    }),
  );
  return { keys: chosen.map(messageKey), messages };
}

/** The backend's refusals (`messages.2.employerId`) by card and field. */
export function errorsByMessage(keys: string[], fieldErrors: Record<string, string>) {
  const found: Record<string, Record<string, string>> = {};
  for (const [field, message] of Object.entries(fieldErrors)) {
    const match = /^messages\.(\d+)\.(.+)$/.exec(field);
    const key = match ? keys[Number(match[1])] : undefined;
    if (!key) continue;
    (found[key] ??= {})[match![2]!] = message;
  }
  return found;
}
