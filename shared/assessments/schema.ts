import { z } from 'zod';
import { optionalDate, optionalText, recordId } from '../fields';

const codes = (label: string) => z.array(z.string().max(60), { error: `Choose ${label} from the list` }).max(10);

export const depthScore = z
  .number({ error: 'Choose a depth from 1 to 5' })
  .int({ error: 'Choose a depth from 1 to 5' })
  .min(1, { error: 'Choose a depth from 1 to 5' })
  .max(5, { error: 'Choose a depth from 1 to 5' });

export const assessmentFields = z.object({
  employerId: recordId('Choose the employer'),
  depth: depthScore,
  /** What the app suggested when the assessment was made, kept to show where the user overrode it. */
  suggestedDepth: depthScore.nullable().optional(),
  rolesOurs: codes('the roles').optional(),
  /** The employer's own view; null when it is not known. */
  rolesTheirs: codes('the roles').nullable().optional(),
  indirect: z.boolean().optional(),
  benefits: codes('what the employer gets').optional(),
  rationale: optionalText(5000, 'Keep the reasons to 5,000 characters or fewer'),
  assessedOn: optionalDate('Enter the date as a real date, like 22 Nov 2026'),
});
export type AssessmentFields = z.output<typeof assessmentFields>;

export const employerScope = z.object({ employerId: recordId('Choose the employer') });

export type Assessment = {
  id: string;
  employerId: string;
  assessedOn: string;
  depth: number;
  suggestedDepth: number | null;
  rolesOurs: string[];
  rolesTheirs: string[] | null;
  indirect: boolean;
  benefits: string[];
  rationale: string | null;
  createdAt: string;
};

/** The record the suggestion is worked out from, for the last 12 months unless it says otherwise. */
export type DepthFacts = {
  monthsWithContact: number;
  peopleEngaged: number;
  employerKept: number;
  employerBroken: number;
  usKept: number;
  usBroken: number;
  /** Promises the employer made in the last 12 months (offers, places, interviews). */
  employerPromisesMade: number;
  /** Months since the first done contact; 0 if there has been none. */
  relationshipMonths: number;
  trustStrengthenedLevels: number;
  trustWeakenedLevels: number;
  /** The relationship's phase now: a dormant or ended one is not suggested as relational. */
  phase: string;
};

export type DepthEvidence = { factor: string; sentence: string; effect: 'raises' | 'lowers' | 'neutral' };

export type DepthSuggestion = { depth: number; score: number; evidence: DepthEvidence[]; facts: DepthFacts };
