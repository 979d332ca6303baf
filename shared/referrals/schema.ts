import { z } from 'zod';
import { optionalDate, optionalNumber, optionalText, recordId } from '../fields';
import { exitStages, progressStages, type ReferralStage } from './stages';

const referralIds = z
  .array(recordId('Choose a referral'), { error: 'Choose at least one referral' })
  .min(1, { error: 'Choose at least one referral' })
  .max(500, { error: 'Choose 500 referrals or fewer at a time' });

export const createReferralsInput = z.object({
  opportunityId: recordId('Choose the opportunity'),
  references: z
    .array(z.string().max(40, { error: 'Keep each reference to 40 characters or fewer' }), {
      error: 'Enter at least one participant reference',
    })
    .min(1, { error: 'Enter at least one participant reference' })
    .max(200, { error: 'Refer 200 people or fewer at a time' }),
  referredOn: optionalDate('Enter the date as a real date, like 22 Nov 2026'),
  programmeId: recordId('Choose a programme from the list').nullable().optional(),
});

export const advanceReferralsInput = z.object({
  ids: referralIds,
  stage: z.enum([...progressStages, ...exitStages], { error: 'Choose the stage they have reached' }),
  on: optionalDate('Enter the date as a real date, like 22 Nov 2026'),
  feedback: optionalText(4000, 'Keep the feedback to 4,000 characters or fewer'),
  hourlyPay: optionalNumber(0, 1000, 'Enter the hourly pay in pounds, like 12.21'),
  weeklyHours: optionalNumber(0, 80, 'Enter the hours a week as a number from 0 to 80'),
});

/** Several referrals at once: to take back their latest step, or move them to Trash and back. */
export const referralIdsInput = z.object({ ids: referralIds });

export const listReferralsInput = z.object({ opportunityId: recordId('Choose an opportunity') });

export const recordCheckInput = z.object({
  id: recordId('Choose a sustainment check'),
  outcome: z.enum(['in_work', 'left'], { error: 'Say whether they are still in work' }),
  checkedOn: optionalDate('Enter the date as a real date, like 22 Nov 2026'),
  note: optionalText(4000, 'Keep the note to 4,000 characters or fewer'),
});

export const recordProgressionInput = z.object({
  referralId: recordId('Choose a referral'),
  changedOn: optionalDate('Enter the date as a real date, like 22 Nov 2026'),
  hourlyPayBefore: optionalNumber(0, 1000, 'Enter the hourly pay in pounds, like 12.21'),
  hourlyPayAfter: optionalNumber(0, 1000, 'Enter the hourly pay in pounds, like 12.60'),
  weeklyHoursBefore: optionalNumber(0, 80, 'Enter the hours a week as a number from 0 to 80'),
  weeklyHoursAfter: optionalNumber(0, 80, 'Enter the hours a week as a number from 0 to 80'),
  sameEmployer: z.boolean({ error: 'Say whether it is the same employer' }),
  contractChange: optionalText(200, 'Keep the contract change to 200 characters or fewer'),
  note: optionalText(4000, 'Keep the note to 4,000 characters or fewer'),
});

export type ReferralStep = { id: string; stage: ReferralStage; steppedOn: string; feedback: string | null };

export type SustainmentCheck = {
  id: string;
  referralId: string;
  weeks: number;
  dueOn: string;
  status: 'due' | 'in_work' | 'left' | 'cancelled';
  checkedOn: string | null;
};

export type ProgressionRecord = {
  id: string;
  referralId: string;
  changedOn: string;
  hourlyPayBefore: number | null;
  hourlyPayAfter: number | null;
  weeklyHoursBefore: number | null;
  weeklyHoursAfter: number | null;
  sameEmployer: boolean;
  contractChange: string | null;
  counts: boolean;
  note: string | null;
};

export type Referral = {
  id: string;
  opportunityId: string;
  employerId: string;
  programmeId: string | null;
  reference: string;
  stage: ReferralStage;
  referredOn: string;
  startedOn: string | null;
  exitedOn: string | null;
  startHourlyPay: number | null;
  startWeeklyHours: number | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

/** A referral with its history, as an opportunity lists it. */
export type ReferralDetail = Referral & {
  steps: ReferralStep[];
  checks: SustainmentCheck[];
  progressions: ProgressionRecord[];
  evidenceCount: number;
};
