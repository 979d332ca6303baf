import type { Brand, Logo } from '../documents/model';
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

const logo = z.object({
  dataUrl: z
    .string()
    .max(700_000, { error: 'Choose a logo file of 500 KB or less' })
    .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, { error: 'Choose a PNG or JPEG picture for the logo' }),
  width: z.number().int().min(1).max(10_000),
  height: z.number().int().min(1).max(10_000),
});

export const updateSettingsInput = z.object({
  charity: z
    .object({
      name: z.string().trim().max(120, { error: "Keep the charity's name to 120 characters or fewer" }),
      logo: logo.nullable(),
    })
    .partial()
    .optional(),
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
  /** The relationship manager's own name: the greeting, and "Produced … by" on exports. */
  yourName: z.string().trim().max(80, { error: 'Keep your name to 80 characters or fewer' }).optional(),
  /** Minutes without use before a protected record locks; 0 never locks. */
  lockAfterMinutes: z
    .number({ error: 'Enter a number of minutes' })
    .int({ error: 'Enter a whole number of minutes' })
    .min(0, { error: 'Enter 0 or more minutes' })
    .max(480, { error: 'Enter 480 minutes (8 hours) or fewer' })
    .optional(),
});

export const defaultLockAfterMinutes = 15;

export type Settings = {
  cadenceDays: Record<CadencePhase, number>;
  referenceFormat: ReferenceFormat;
  /** Shown on every export. */
  charity: { name: string; logo: Logo | null };
  yourName: string;
  lockAfterMinutes: number;
  /** Whether the record holds the made-up sample data (and so shows the banner to remove it). */
  sampleData: boolean;
  /** Whether the record is protected with a passphrase (set under Security). */
  encrypted: boolean;
};

/** Who exports are from. */
export const brandOf = (settings: Settings): Brand => ({
  ...settings.charity,
  preparedBy: settings.yourName || undefined,
});

/** How a new user starts, the last step of the welcome. */
export const startChoices = ['empty', 'import', 'sample'] as const;
export const finishWelcomeInput = z.object({ start: z.enum(startChoices) });
