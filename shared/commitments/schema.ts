import { z } from 'zod';
import { optionalCode, optionalDate, optionalText, recordId, requiredText } from '../fields';

export const commitmentParties = ['employer', 'us'] as const;
export const commitmentResolutions = ['kept', 'broken', 'released'] as const;

export const commitmentFields = z.object({
  employerId: recordId('Choose the employer'),
  party: z.enum(commitmentParties, { error: 'Say who made the promise: the employer or us' }),
  description: requiredText(500, 'Say what was promised', 'Keep it to 500 characters or fewer'),
  kind: optionalCode('kind of promise'),
  dueOn: optionalDate('Enter the due date as a real date, like 22 Nov 2026'),
  /** When it was made, if not today (or the day of the contact it was made in). */
  madeOn: optionalDate('Enter the date it was made as a real date, like 22 Nov 2026'),
  interactionId: recordId('Choose the contact it was made in').nullable().optional(),
});
export type CommitmentFields = z.output<typeof commitmentFields>;

export const updateCommitmentInput = commitmentFields
  .omit({ employerId: true, party: true })
  .partial()
  .extend({ id: recordId('Choose a commitment') });

export const resolveCommitmentInput = z.object({
  id: recordId('Choose a commitment'),
  status: z.enum(commitmentResolutions, { error: 'Choose kept, broken or released' }),
  resolvedOn: optionalDate('Enter the date as a real date, like 22 Nov 2026'),
  note: optionalText(2000, 'Keep the note to 2,000 characters or fewer'),
});

export type Commitment = {
  id: string;
  employerId: string;
  party: (typeof commitmentParties)[number];
  description: string;
  kind: string | null;
  dueOn: string | null;
  status: 'open' | (typeof commitmentResolutions)[number];
  madeOn: string;
  resolvedOn: string | null;
  resolutionNote: string | null;
  interactionId: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

/** One side's record: kept ÷ (kept + broken); released promises count for neither. */
export type PromiseRecord = { open: number; kept: number; broken: number; released: number };

export type CommitmentLedger = {
  /** Open promises first, soonest due first; then settled ones, latest first. */
  commitments: (Commitment & { recordedBy?: string })[];
  record: Record<(typeof commitmentParties)[number], PromiseRecord>;
  asOf: string;
};
