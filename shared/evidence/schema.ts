import { z } from 'zod';
import { fullPath, optionalText, recordId } from '../fields';

export const maxEvidenceBytes = 50 * 1024 * 1024;

const fileFromDisk = z.object({ path: fullPath('Choose a file') });
const fileFromForm = z.object({
  name: z.string().min(1).max(255),
  /** The file's bytes, base64-encoded: how a page hands over a file chosen in a form. */
  contentBase64: z.string().max(Math.ceil((maxEvidenceBytes * 4) / 3) + 8, {
    error: 'That file is over 50 MB. Attach a smaller copy, or note who confirmed the outcome instead.',
  }),
});

export const attachEvidenceInput = z
  .object({
    referralId: recordId('Choose the referral'),
    stage: z.string().max(40).nullable().optional(),
    file: z.union([fileFromDisk, fileFromForm]).nullable().optional(),
    confirmedBy: optionalText(200, 'Keep who confirmed it to 200 characters or fewer'),
    note: optionalText(4000, 'Keep the note to 4,000 characters or fewer'),
  })
  .refine((input) => input.file || input.confirmedBy || input.note, {
    error: 'Choose a file, or say who confirmed the outcome and how',
    path: ['file'],
  });

export const evidenceId = z.object({ id: recordId('Choose a piece of evidence') });
export const listEvidenceInput = z.object({ referralId: recordId('Choose the referral') });

export type Evidence = {
  id: string;
  /** The referral whose outcome it shows, or null for an email's attachment kept with its contact. */
  referralId: string | null;
  interactionId: string | null;
  employerId: string;
  stage: string | null;
  fileName: string | null;
  mediaType: string | null;
  sizeBytes: number | null;
  sha256: string | null;
  confirmedBy: string | null;
  note: string | null;
  recordedOn: string;
  createdAt: string;
  deletedAt: string | null;
};
