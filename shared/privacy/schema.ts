import { z } from 'zod';
import { recordId, requiredText } from '../fields';
import { backupName } from '../backups/schema';
import { jobId } from '../jobs/schema';
import { personId } from '../people/schema';

export const erasePersonInput = z.object({ id: personId });

/** A backup taken while the person was in the record, and the last day it will be kept. */
export type BackupHoldingPerson = { name: string; takenAt: string; lastDayKept: string | null };
export type Erasure = { mentions: number; backups: BackupHoldingPerson[] };

/** Erasing someone already erased from the record from the backups taken before (by name). */
export const eraseFromBackupsInput = z.object({
  id: personId,
  backups: z.array(backupName).min(1, { error: 'Choose the backups' }).max(1000),
  jobId,
});
export type ErasedFromBackups = { rewritten: number; leftAsTheyWere: string[] };

export const subjectAccessFormats = ['pdf', 'docx', 'html'] as const;
export const subjectAccessInput = z.object({
  id: personId,
  format: z.enum(subjectAccessFormats, { error: 'Choose PDF, Word or HTML' }),
  jobId: z
    .string()
    .regex(/^[A-Za-z0-9-]{8,64}$/)
    .optional(),
});

export const retentionReviewInput = z.object({
  years: z
    .number({ error: 'Enter a number of years' })
    .int({ error: 'Enter a whole number of years' })
    .min(1, { error: 'Enter at least 1 year' })
    .max(30, { error: 'Enter 30 years or fewer' }),
});

/** Someone with no contact for the chosen number of years. */
export type RetentionCandidate = {
  id: string;
  name: string;
  /** Where they work or worked, most recent first. */
  employers: string;
  lastContactOn: string | null;
  addedOn: string;
  keptReason: string | null;
  keptOn: string | null;
};

export const keepPersonInput = z.object({
  id: personId,
  reason: requiredText(500, 'Say why you are keeping their details', 'Keep the reason to 500 characters or fewer'),
});

/** A record whose text may still mention someone who was erased. */
export type ReviewFlag = {
  id: string;
  entity: string;
  entityId: string;
  employerId: string | null;
  employerName: string | null;
  /** Which record, in words: "Contact on 22 Nov 2026: Called about shifts". */
  title: string;
  reason: string;
  createdAt: string;
};

export const resolveFlagInput = z.object({ id: recordId('Choose what you reviewed') });
