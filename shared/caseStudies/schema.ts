import { z } from 'zod';
import { optionalText, recordId, requiredDate, requiredText } from '../fields';
import type { FunnelCounts } from '../funnel/schema';
import { jobId } from '../jobs/schema';

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

/** What each section asks the writer for: shown beside it, never put in the text. */
export const sectionPrompts: Record<SectionKey, string> = {
  background: 'Who the employer is, and how you started working together.',
  together: 'What you did together in the period: contact, people, offers.',
  forUs: 'How the relationship worked for your organisation: what went well, and what was hard.',
  forEmployer: 'How it worked for the employer, from their side.',
  outcomes: 'What came of it for the people you support.',
  learned: 'What you learned, and what you would do differently.',
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

export const highlight = z.object({
  type: z.string().max(40),
  key: z.string().max(80),
  on: z.string().max(30),
  text: z.string().max(1_000),
});
export type Highlight = z.output<typeof highlight>;

export const consentFields = z.object({
  who: requiredText(200, 'Enter who agreed to the employer being named', 'Keep this to 200 characters or fewer'),
  on: requiredDate('Enter the date they agreed', 'Enter the date as a real date, like 22 Nov 2026'),
  how: requiredText(200, 'Enter how they agreed, like "By email"', 'Keep this to 200 characters or fewer'),
});
export type Consent = z.output<typeof consentFields>;

export const updateCaseStudyInput = z.object({
  id: recordId('Choose a case study'),
  title: requiredText(200, 'Enter a title', 'Keep the title to 200 characters or fewer').optional(),
  sections: z
    .object({ ...sectionFields, employerQuote: sectionText })
    .partial()
    .optional(),
  anonymise: z.boolean().optional(),
  highlights: z.array(highlight).max(50, { error: 'Choose 50 highlights or fewer' }).optional(),
  consent: consentFields.nullable().optional(),
  /** Words found by the check before export that are meant (a place, a product): kept as they are. */
  keptNames: z.array(z.string().max(200)).max(200).optional(),
});

export const caseStudyFormats = ['pdf', 'docx', 'html', 'md'] as const;
export const renderCaseStudyInput = z.object({ id: recordId('Choose a case study') });
export const exportCaseStudyInput = z.object({
  id: recordId('Choose a case study'),
  format: z.enum(caseStudyFormats, { error: 'Choose PDF, Word, HTML or Markdown' }),
  jobId,
});

/** A name from the database still in an anonymised text: it is removed from the export. */
export type NameFlag = { name: string; kind: 'employer' | 'person' };

/** A word that may still name someone ("dunstan", part of Sam Dunstan's name): the export waits until it is reworded or kept. */
export type NameHit = { text: string; inName: string; kind: 'employer' | 'person'; kept: boolean };

export type CaseStudyPreview = {
  html: string;
  anonymised: boolean;
  flags: NameFlag[];
  hits: NameHit[];
  /** Why it cannot be exported as it stands, or null. */
  blocker: string | null;
};

export type CaseStudy = {
  id: string;
  employerId: string;
  employerName: string;
  title: string;
  periodFrom: string;
  periodTo: string;
  sections: CaseStudySections;
  highlights: Highlight[];
  anonymise: boolean;
  consent: Consent | null;
  keptNames: string[];
  status: 'draft' | 'final';
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
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
  /** What the employer got: from the latest assessment on or before the period's last day. */
  gained: {
    benefits: string[];
    rolesOurs: string[];
    rolesTheirs: string[];
    /** Opportunities opened in the period that someone started in, and the people who started with them in it. */
    filled: number;
    starts: number;
    /** Feedback the employer gave on the people referred, in the period: how many, and the latest. */
    feedback: number;
    latestFeedback: string | null;
  };
};
