import { z } from 'zod';
import type { Share } from '../documents/model';
import { optionalText, recordId, requiredDate } from '../fields';
import type { FunnelCounts } from '../funnel/schema';
import { jobId } from '../jobs/schema';

const reportChoice = z.object({
  from: requiredDate('Enter the first day of the period', 'Enter the first day as a real date, like 1 Apr 2026'),
  to: requiredDate('Enter the last day of the period', 'Enter the last day as a real date, like 31 Mar 2027'),
  programmeId: recordId('Choose a programme from the list').nullable().optional(),
  funder: optionalText(200, 'Choose a funder from the list'),
  /** Count outcomes reached after the period ended (a start, a job check) for people referred in it. */
  includeLaterOutcomes: z.boolean().default(false),
});

const periodRules = <T extends z.ZodType<{ from: string; to: string }>>(schema: T) =>
  schema
    .refine((input) => input.from <= input.to, {
      error: 'The last day must be on or after the first day',
      path: ['to'],
    })
    .refine((input) => yearsBetween(input.from, input.to) <= 10, {
      error: 'Choose a period of 10 years or less',
      path: ['to'],
    });

export const funderReportInput = periodRules(reportChoice);

export const reportFormats = ['pdf', 'docx', 'xlsx', 'csv'] as const;
export const exportReportInput = periodRules(
  reportChoice.extend({
    format: z.enum(reportFormats, { error: 'Choose PDF, Word, Excel or CSV' }),
    /** Case studies to append, in order. */
    caseStudyIds: z
      .array(recordId('Choose a case study'))
      .max(20, { error: 'Choose 20 case studies or fewer' })
      .default([]),
    jobId,
  }),
);

const yearsBetween = (from: string, to: string) => Number(to.slice(0, 4)) - Number(from.slice(0, 4));
export type FunderReportInput = z.output<typeof funderReportInput>;

/** A count out of a named whole: every percentage in a report is shown with both. */
export type { Share };

export type DepthDistribution = {
  /** Employers at each depth, 1 to 5, by their latest assessment on or before the day. */
  byDepth: Record<1 | 2 | 3 | 4 | 5, number>;
  notAssessed: number;
  /** Relational (depth 4 or 5) out of those assessed. */
  relational: Share;
};

/** `relational` is out of `assessed`: those with a depth assessment by the period's last day. */
export type Breakdown = {
  code: string | null;
  employers: number;
  relational: number;
  assessed: number;
  starts: number;
};

/** One headline figure or outcome, with what it is out of and how it is counted. */
export type ReportFigure = {
  label: string;
  count: number;
  /** The whole the count is a share of, and what that whole is; null for a plain count. */
  of: number | null;
  ofLabel: string | null;
  /** One sentence: what is counted. */
  definition: string;
  /** For a job check: people who started too recently for it, not in the share. */
  notYetDue: number | null;
  /** For a start or job check: how many of `count` have a file attached or a confirmation recorded. */
  evidenced: number | null;
  /** The programme's target for this figure, when the report is for one programme that set one. */
  target: number | null;
};

export type FunderReport = {
  period: { from: string; to: string };
  /** The day outcomes are counted to: the period's last day (or today, if sooner) unless later outcomes are included. */
  outcomesOn: string;
  laterOutcomesIncluded: boolean;
  /** Every headline figure and outcome, in the order a report gives them. */
  figures: ReportFigure[];
  scope: { programmeId: string | null; programmeName: string | null; funder: string | null };
  employers: { engaged: number; new: number; continuing: number };
  /** Done contacts in the period, by month (YYYY-MM) and kind. */
  contactsByMonth: { month: string; kind: string; count: number }[];
  depthAtStart: DepthDistribution;
  depthAtEnd: DepthDistribution;
  /** Engaged employers in each role, as we saw them at their latest assessment. */
  roles: { role: string; employers: number }[];
  /** How engaged employers first came to us, and how many of each are relational now. */
  approaches: { approach: string | null; employers: number; relational: number; assessed: number }[];
  /** Promises settled in the period, by side. */
  promises: Record<'employer' | 'us', { made: number; kept: number; broken: number; released: number }>;
  opportunitiesByKind: { kind: string; opportunities: number; places: number }[];
  /** Referrals made in the period, and how far they got. */
  funnel: FunnelCounts;
  bySector: Breakdown[];
  bySize: Breakdown[];
  byLocality: Breakdown[];
};
