import { z } from 'zod';

/** Today for everyone's employers, or only those one account owner looks after. */
export const todayInput = z.object({ accountOwner: z.string().trim().max(100).optional() }).optional();

export type TodayFollowUp = {
  interactionId: string;
  employerId: string;
  employerName: string;
  summary: string;
  followUpOn: string;
  followUpNote: string | null;
};

export type TodayCommitment = {
  id: string;
  employerId: string;
  employerName: string;
  description: string;
  dueOn: string;
};

export type TodayPlanned = {
  id: string;
  employerId: string;
  employerName: string;
  kind: string;
  summary: string;
  occurredAt: string;
};

export type TodaySustainmentCheck = {
  id: string;
  referralId: string;
  reference: string;
  employerId: string;
  employerName: string;
  opportunityTitle: string;
  weeks: number;
  dueOn: string;
};

export type TodayEmployer = { id: string; name: string; phase: string; lastContactAt: string | null; sentence: string };

/** A list on the Today page: the first rows, and how many there are in all. */
export type TodayList<Row> = { rows: Row[]; total: number };

export type TodayView = {
  asOf: string;
  followUps: TodayList<TodayFollowUp>;
  ourCommitments: TodayList<TodayCommitment>;
  planned: TodayList<TodayPlanned>;
  sustainmentChecks: TodayList<TodaySustainmentCheck>;
  goingCold: TodayList<TodayEmployer>;
  singleThreaded: TodayList<TodayEmployer>;
  orphaned: TodayList<TodayEmployer>;
};
