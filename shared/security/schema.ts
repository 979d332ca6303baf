import { z } from 'zod';
import { jobId } from '../jobs/schema';
import { minPassphraseLength } from './passphrase';

/** What becomes of the backups already taken: rewritten with the new passphrase (or none), or removed. */
export const oldBackupChoices = ['rewrite', 'remove'] as const;
export type OldBackups = (typeof oldBackupChoices)[number];

/** `leftAsTheyWere`: backups that did not open with the old passphrase (made with an even older one). */
export type OlderBackupsDone = { rewritten: number; removed: number; leftAsTheyWere: string[] };

/** Set (no current one yet), change, or remove (`passphrase` empty) the record's passphrase. */
export const setPassphraseInput = z
  .object({
    current: z.string().max(500).optional(),
    oldBackups: z.enum(oldBackupChoices).optional(),
    jobId,
    passphrase: z
      .string()
      .max(500, { error: 'Keep the passphrase to 500 characters or fewer' })
      .refine((value) => value === '' || value.length >= minPassphraseLength, {
        error: `Use at least ${minPassphraseLength} characters. A few words you will remember work well.`,
      }),
    repeated: z.string().max(500),
  })
  .refine((input) => input.passphrase === input.repeated, {
    error: 'The two passphrases are not the same. Type it again.',
    path: ['repeated'],
  });

export const unlockInput = z.object({
  passphrase: z.string({ error: 'Enter your passphrase' }).min(1, { error: 'Enter your passphrase' }).max(500),
});
