import { z } from 'zod';

// What a funded programme promised its funder, as numbers: the report sets each beside what was
// achieved. Each target is the name of a report figure.
export const targetFigures = [
  { key: 'referred', label: 'Referred' },
  { key: 'interviewed', label: 'Interviewed' },
  { key: 'started', label: 'Started a job' },
  { key: 'sustained13', label: 'Still in work at 13 weeks' },
  { key: 'sustained26', label: 'Still in work at 26 weeks' },
  { key: 'progressed', label: 'Progressed in work' },
  { key: 'employersEngaged', label: 'Employers engaged' },
  { key: 'employersRelational', label: 'Relational at the end (depth 4 or 5)' },
] as const;

export type TargetKey = (typeof targetFigures)[number]['key'];
export type Targets = Partial<Record<TargetKey, number>>;

const target = z
  .number({ error: 'Enter the target as a number' })
  .int({ error: 'Enter the target as a whole number' })
  .min(1, { error: 'Enter a target of 1 or more, or leave it empty' })
  .max(1_000_000, { error: 'Enter a target of 1,000,000 or less' });

export const targetsInput = z.partialRecord(
  z.enum(targetFigures.map((figure) => figure.key) as [TargetKey, ...TargetKey[]]),
  target,
);
