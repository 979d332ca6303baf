import type { ReferenceFormat } from '../referrals/reference';
import { z } from 'zod';

/** The phases with an expected rhythm of contact, and the default days between contacts. */
export const cadencePhases = ['establishing', 'maintaining', 'developing'] as const;
export type CadencePhase = (typeof cadencePhases)[number];
export const defaultCadenceDays: Record<CadencePhase, number> = { establishing: 14, maintaining: 30, developing: 21 };

const days = z
  .number({ error: 'Enter a number of days' })
  .int({ error: 'Enter a whole number of days' })
  .min(1, { error: 'Enter at least 1 day' })
  .max(365, { error: 'Enter 365 days or fewer' });

const digits = z
  .number({ error: 'Enter a number of digits' })
  .int({ error: 'Enter a whole number of digits' })
  .min(1, { error: 'Enter at least 1 digit' })
  .max(12, { error: 'Enter 12 digits or fewer' });

export const updateSettingsInput = z.object({
  cadenceDays: z.object({ establishing: days, maintaining: days, developing: days }).partial().optional(),
  referenceFormat: z
    .object({
      prefix: z
        .string()
        .trim()
        .max(10, { error: 'Keep the prefix to 10 characters or fewer' })
        .regex(/^[A-Za-z0-9/-]*$/, { error: 'Use letters, digits, - or / in the prefix, like P-' }),
      digits: z.object({ min: digits, max: digits }),
    })
    .refine((format) => format.digits.min <= format.digits.max, {
      error: 'The fewest digits cannot be more than the most',
      path: ['digits', 'max'],
    })
    .optional(),
});

export type Settings = { cadenceDays: Record<CadencePhase, number>; referenceFormat: ReferenceFormat };
