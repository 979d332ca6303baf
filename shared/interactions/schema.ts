import { z } from 'zod';
import { commitmentFields } from '../commitments/schema';
import { dateTime, optionalDate, optionalText, recordId, requiredDate, requiredText } from '../fields';
import { trustFields } from '../trust/schema';

export const interactionStatuses = ['planned', 'done', 'cancelled'] as const;
export type InteractionStatus = (typeof interactionStatuses)[number];

export const interactionId = recordId('Choose an interaction');

const newPerson = z.object({
  name: requiredText(200, "Enter the new person's name", 'Name must be 200 characters or fewer'),
  roleTitle: optionalText(200, 'Job title must be 200 characters or fewer'),
});

export const interactionFields = z.object({
  employerId: recordId('Choose the employer'),
  kind: z
    .string({ error: 'Choose what kind of contact this was' })
    .min(1, { error: 'Choose what kind of contact this was' })
    .max(60),
  status: z.enum(interactionStatuses, { error: 'Choose planned, done or cancelled' }),
  occurredAt: dateTime('Enter a real date and time'),
  summary: requiredText(200, 'Write a one-line summary', 'Summary must be 200 characters or fewer'),
  notes: optionalText(50000, 'Notes must be 50,000 characters or fewer'),
  followUpOn: optionalDate('Enter the follow-up date as a real date, like 22 Nov 2026'),
  personIds: z.array(recordId('Choose people from the list')).max(50).optional(),
  programmeId: recordId('Choose a programme from the list').nullable().optional(),
  /** People met for the first time: created and linked to the employer in the same step. */
  newPeople: z.array(newPerson).max(20).optional(),
  /** Trust notes and promises that came out of this contact, saved with it. */
  trustNotes: z
    .array(trustFields.omit({ employerId: true, interactionId: true }))
    .max(10)
    .optional(),
  commitments: z
    .array(commitmentFields.omit({ employerId: true, interactionId: true }))
    .max(20)
    .optional(),
});
export type InteractionFields = z.output<typeof interactionFields>;

export const updateInteractionInput = interactionFields
  .omit({ employerId: true, trustNotes: true, commitments: true })
  .partial()
  .extend({ id: interactionId });
export const completeInteractionInput = z.object({
  id: interactionId,
  occurredAt: dateTime('Enter a real date and time').optional(),
});

export const snoozeFollowUpInput = z.object({
  id: interactionId,
  until: requiredDate('Enter the date to follow up instead', 'Enter the new date as a real date, like 22 Nov 2026'),
  reason: requiredText(500, 'Say why you are putting it off', 'Keep the reason to 500 characters or fewer'),
});

export type Interaction = {
  id: string;
  employerId: string;
  employerName: string;
  kind: string;
  status: InteractionStatus;
  occurredAt: string;
  summary: string;
  notes: string | null;
  followUpOn: string | null;
  /** Why the follow-up was last put off. */
  followUpNote: string | null;
  programmeId: string | null;
  people: { id: string; name: string }[];
  /** Files kept from the email it was logged from (evidence ids). */
  attachments: { id: string; fileName: string; sizeBytes: number | null }[];
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};
