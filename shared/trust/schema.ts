import { z } from 'zod';
import { optionalDate, recordId, requiredText } from '../fields';

export const trustFields = z.object({
  employerId: recordId('Choose the employer'),
  level: z.string({ error: 'Choose the level of trust' }).min(1, { error: 'Choose the level of trust' }).max(60),
  direction: z
    .string({ error: 'Say whether trust strengthened, weakened or held steady' })
    .min(1, { error: 'Say whether trust strengthened, weakened or held steady' })
    .max(60),
  /** Who the trust is between; needed for trust between people. */
  personId: recordId('Choose the person').nullable().optional(),
  interactionId: recordId('Choose the contact it came from').nullable().optional(),
  observation: requiredText(5000, 'Write what you saw or heard', 'Keep it to 5,000 characters or fewer'),
  observedOn: optionalDate('Enter the date as a real date, like 22 Nov 2026'),
});
export type TrustFields = z.output<typeof trustFields>;

export const updateTrustInput = trustFields
  .omit({ employerId: true })
  .partial()
  .extend({ id: recordId('Choose a trust note') });

export type TrustNote = {
  id: string;
  employerId: string;
  personId: string | null;
  personName: string | null;
  interactionId: string | null;
  level: string;
  direction: string;
  observation: string;
  observedOn: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};
