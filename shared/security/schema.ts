import { z } from 'zod';
import { minPassphraseLength } from './passphrase';

/** Set (no current one yet), change, or remove (`passphrase` empty) the record's passphrase. */
export const setPassphraseInput = z
  .object({
    current: z.string().max(500).optional(),
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
