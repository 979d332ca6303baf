import { z } from 'zod';
import { optionalDate, optionalText, recordId, requiredText } from '../fields';
import { targetsInput, type Targets } from './targets';

const checkWeek = z
  .number({ error: 'Enter each check as a number of weeks' })
  .int({ error: 'Enter each check as a whole number of weeks' })
  .min(1, { error: 'A check must be at least 1 week after the start' })
  .max(156, { error: 'A check must be within 3 years (156 weeks) of the start' });

export const programmeFields = z.object({
  name: requiredText(200, 'Enter the programme’s name', 'Keep the name to 200 characters or fewer'),
  funder: optionalText(200, 'Keep the funder’s name to 200 characters or fewer'),
  startsOn: optionalDate('Enter the start date as a real date, like 1 Apr 2026'),
  endsOn: optionalDate('Enter the end date as a real date, like 31 Mar 2027'),
  checkWeeks: z
    .array(checkWeek)
    .min(1, { error: 'Enter at least one check, like 13 and 26 weeks' })
    .max(6, { error: 'Enter 6 checks or fewer' })
    .optional(),
  outcomeDefinitions: optionalText(4000, 'Keep the outcome definitions to 4,000 characters or fewer'),
  targets: targetsInput.optional(),
});
export type ProgrammeFields = z.output<typeof programmeFields>;

export const updateProgrammeInput = programmeFields.partial().extend({ id: recordId('Choose a programme') });

export type Programme = {
  id: string;
  name: string;
  funder: string | null;
  startsOn: string | null;
  endsOn: string | null;
  /** Weeks after a start at which a job is checked, like [13, 26]. */
  checkWeeks: number[];
  outcomeDefinitions: string | null;
  targets: Targets;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

export type ProgrammeSummary = Programme & { opportunities: number; referrals: number; started: number };
