import { z } from 'zod';
import { optionalText, recordId, requiredDate, requiredText } from '../fields';
import type { FunnelCounts } from '../funnel/schema';

export const sectionKeys = ['background', 'together', 'forUs', 'forEmployer', 'outcomes', 'learned'] as const;
export type SectionKey = (typeof sectionKeys)[number];

/** The two-perspective form of the employer-engagement research. */
export const sectionTitles: Record<SectionKey, string> = {
  background: 'Background',
  together: 'What we did together',
  forUs: 'How it worked for us',
  forEmployer: 'How it worked for the employer',
  outcomes: 'Outcomes',
  learned: 'What we learned',
};

export type CaseStudySections = Record<SectionKey, string> & { employerQuote: string };

const sectionText = z.string().max(20_000, { error: 'Keep each section to 20,000 characters or fewer' });

const sectionFields = Object.fromEntries(sectionKeys.map((key) => [key, sectionText])) as Record<
  SectionKey,
  typeof sectionText
>;

export const draftCaseStudyInput = z
  .object({
    employerId: recordId('Choose the employer'),
    from: requiredDate('Enter the first day of the period', 'Enter the first day as a real date, like 1 Apr 2026'),
    to: requiredDate('Enter the last day of the period', 'Enter the last day as a real date, like 31 Mar 2027'),
    title: optionalText(200, 'Keep the title to 200 characters or fewer'),
  })
  .refine((input) => input.from <= input.to, {
    error: 'The last day must be on or after the first day',
    path: ['to'],
  });

export const updateCaseStudyInput = z.object({
  id: recordId('Choose a case study'),
  title: requiredText(200, 'Enter a title', 'Keep the title to 200 characters or fewer').optional(),
  sections: z
    .object({ ...sectionFields, employerQuote: sectionText })
    .partial()
    .optional(),
  anonymise: z.boolean().optional(),
  highlights: z
    .array(z.object({ type: z.string().max(40), key: z.string().max(80) }))
    .max(50, { error: 'Choose 50 highlights or fewer' })
    .optional(),
});

export type CaseStudy = {
  id: string;
  employerId: string;
  employerName: string;
  title: string;
  periodFrom: string;
  periodTo: string;
  sections: CaseStudySections;
  highlights: { type: string; key: string }[];
  anonymise: boolean;
  consent: { who: string; on: string; how: string } | null;
  status: 'draft' | 'final';
  createdAt: string;
  updatedAt: string;
  versions: number;
};

export type CaseStudySummary = Pick<
  CaseStudy,
  'id' | 'employerId' | 'employerName' | 'title' | 'periodFrom' | 'periodTo' | 'anonymise' | 'status' | 'updatedAt'
>;

/** What the record says about one employer in a period: the facts a draft is written from. */
export type CaseStudyFacts = {
  employer: {
    name: string;
    sector: string | null;
    sizeBand: string | null;
    locality: string | null;
    approach: string | null;
  };
  period: { from: string; to: string };
  firstContactOn: string | null;
  phaseMoves: { toPhase: string; changedOn: string }[];
  contacts: { kind: string; count: number }[];
  /** The job titles of the people met in the period (null where not known). */
  roles: (string | null)[];
  promises: Record<'employer' | 'us', { made: number; kept: number; broken: number; released: number }>;
  trust: { strengthened: number; steady: number; weakened: number };
  depth: { start: number | null; end: number | null };
  opportunities: { kind: string; title: string }[];
  referrals: FunnelCounts;
};
