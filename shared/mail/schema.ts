// Emails and calendar invitations logged as contacts: the files a mail client saves or lets you
// drag out (.eml, Outlook's .msg, .ics), what each would become, and what the person decided.
import { z } from 'zod';
import { commitmentFields } from '../commitments/schema';
import { emailPattern, fullPath, optionalDate, recordId, requiredText } from '../fields';

/** The largest email Bridgework takes; a bigger one is nearly always its attachments. */
export const maxMailBytes = 50 * 1024 * 1024;
export const maxMailFiles = 1000;
export const mailExtensions = ['.eml', '.msg', '.ics', '.mbox'] as const;

export const tooBigMessage = (fileName: string, megabytes: number) =>
  `${fileName} is ${megabytes} MB. Bridgework takes emails up to 50 MB: save it without its attachments and try again.`;

const fileFromDisk = z.object({ path: fullPath('Choose an email') });
const fileFromPage = z.object({
  name: z.string().min(1).max(255),
  /** The file's bytes, base64-encoded: how the page hands over a dropped or chosen file. */
  contentBase64: z.string().max(Math.ceil((maxMailBytes * 4) / 3) + 8, {
    error: 'That email is over 50 MB. Save it without its attachments and try again.',
  }),
});
export const mailFile = z.union([fileFromDisk, fileFromPage]);
export type MailFile = z.input<typeof mailFile>;

export const previewMailInput = z.object({
  files: z
    .array(mailFile)
    .min(1, { error: 'Choose at least one email' })
    .max(maxMailFiles, {
      error: `Log up to ${maxMailFiles.toLocaleString('en-GB')} emails at a time`,
    }),
  /** Where they were dropped: an employer's page or a person's page. */
  employerId: recordId('Choose the employer').optional(),
  personId: recordId('Choose the person').optional(),
});

const newPerson = z.object({
  email: z.string().regex(emailPattern, { error: 'Enter an email address like name@example.co.uk' }),
  name: requiredText(200, "Enter the new person's name", 'Name must be 200 characters or fewer'),
});

export const loggedMessage = z.object({
  file: mailFile,
  /** Which event of a calendar file with several (0 for an email). */
  part: z.number().int().min(0).max(999).default(0),
  employerId: recordId('Choose the employer for this email'),
  /** Unknown addresses on it to add as people at the employer. */
  newPeople: z.array(newPerson).max(50).default([]),
  keepText: z.boolean().default(true),
  /** The attachments to keep, by their place in the email (all when not given). */
  keepAttachments: z.array(z.number().int().min(0)).max(200).optional(),
  followUpOn: optionalDate('Enter the follow-up date as a real date, like 22 Nov 2026'),
  commitment: commitmentFields.omit({ employerId: true, interactionId: true, madeOn: true }).nullable().optional(),
});
export type LoggedMessage = z.input<typeof loggedMessage>;

export const commitMailInput = z.object({
  messages: z.array(loggedMessage).min(1, { error: 'Choose at least one email to log' }).max(maxMailFiles),
});

export type MailAddress = { name: string | null; email: string };

export type MessagePerson = MailAddress & {
  role: 'from' | 'to' | 'cc' | 'organiser' | 'attendee';
  /** The person in the record with this address, if there is one. */
  personId: string | null;
  personName: string | null;
  /** Whether the address is at the employer (its website's or its people's domain). */
  atEmployer: boolean;
};

export type MessagePreview = {
  /** Which of the files given it came from, and its name. */
  fileIndex: number;
  fileName: string;
  part: number;
  /** What Bridgework can do with it. */
  status: 'new' | 'logged' | 'repeated' | 'refused';
  /** Why it was refused, or what was noticed about it. */
  problem: string | null;
  kind: 'email' | 'meeting';
  contactStatus: 'done' | 'planned' | 'cancelled';
  subject: string;
  occurredAt: string;
  /** True when the file gave no date, so the time it was dropped is used. */
  dateGuessed: boolean;
  people: MessagePerson[];
  /** The start of the text, to recognise it by. */
  excerpt: string;
  attachments: { name: string; sizeBytes: number; problem: string | null }[];
  employer: { id: string; name: string; why: string } | null;
  /** The contact it was logged as before, for one already logged. */
  logged: { interactionId: string; employerId: string; employerName: string; occurredAt: string } | null;
};

export type MailPreview = { messages: MessagePreview[] };

export type MailCommitted = {
  logged: number;
  alreadyLogged: number;
  people: number;
  attachments: number;
  employers: { id: string; name: string; count: number }[];
  interactionIds: string[];
};

/** A file that could not be read, as the preview lists it. */
export function refusedFile(fileIndex: number, fileName: string, problem: string, now: string): MessagePreview {
  return {
    fileIndex,
    fileName,
    part: 0,
    status: 'refused',
    problem,
    kind: 'email',
    contactStatus: 'done',
    subject: fileName,
    occurredAt: now,
    dateGuessed: true,
    people: [],
    excerpt: '',
    attachments: [],
    employer: null,
    logged: null,
  };
}
