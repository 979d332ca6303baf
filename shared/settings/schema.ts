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

export const updateSettingsInput = z.object({
  cadenceDays: z.object({ establishing: days, maintaining: days, developing: days }).partial(),
});

export type Settings = { cadenceDays: Record<CadencePhase, number> };
