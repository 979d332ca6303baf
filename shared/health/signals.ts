// Relationship health's signals: their codes and names, for the backend and the renderer alike.
export const healthSignalCodes = [
  'going_cold',
  'single_threaded',
  'orphaned',
  'we_owe',
  'they_owe',
  'trust_weakening',
] as const;
export type HealthSignalCode = (typeof healthSignalCodes)[number];

export const healthSignalTitles: Record<HealthSignalCode, string> = {
  going_cold: 'Going cold',
  single_threaded: 'Single-threaded',
  orphaned: 'No current contact',
  we_owe: 'We owe them',
  they_owe: 'They owe us',
  trust_weakening: 'Trust weakening',
};

export type HealthSignal = { code: HealthSignalCode; title: string; sentence: string };
export type EmployerHealth = { employerId: string; signals: HealthSignal[]; asOf: string };

/** All contact in this many months through one person makes a relationship single-threaded. */
export const singleThreadedMonths = 6;
