import { z } from 'zod';
import { recordId } from '../fields';
import type { Assessment } from '../assessments/schema';
import type { Commitment } from '../commitments/schema';
import type { PhaseChange } from '../employers/phase';
import { interactionStatuses, type Interaction } from '../interactions/schema';
import type { TrustNote } from '../trust/schema';
import type { Opportunity } from '../opportunities/schema';
import type { ReferralStage } from '../referrals/stages';

/** Where the last page ended: the position of its last item, newest first. */
const cursor = z.object({ at: z.string().max(40), key: z.string().max(80) });

const filters = {
  kinds: z.array(z.string().max(60)).max(20).optional(),
  statuses: z.array(z.enum(interactionStatuses)).max(3).optional(),
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Enter the first date as a real date' })
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Enter the last date as a real date' })
    .optional(),
  after: cursor.optional(),
  limit: z.number().int().min(1).max(200).optional(),
};

export const employerTimelineInput = z.object({
  employerId: recordId('Choose an employer'),
  personId: z.string().optional(),
  ...filters,
});
export const personTimelineInput = z.object({ personId: recordId('Choose a person'), ...filters });

export type TimelineItem = (
  | { type: 'interaction'; at: string; key: string; interaction: Interaction }
  | {
      type: 'affiliation_started' | 'affiliation_ended';
      at: string;
      key: string;
      affiliationId: string;
      personId: string;
      personName: string;
      employerId: string;
      employerName: string;
      roleTitle: string | null;
    }
  | { type: 'trust_note'; at: string; key: string; employerName: string; note: TrustNote }
  | {
      type: 'commitment_made' | 'commitment_resolved';
      at: string;
      key: string;
      employerName: string;
      commitment: Commitment;
    }
  | { type: 'phase_change'; at: string; key: string; employerName: string; change: PhaseChange }
  | { type: 'assessment'; at: string; key: string; employerName: string; assessment: Assessment }
  | { type: 'opportunity'; at: string; key: string; employerName: string; opportunity: Opportunity }
  | { type: 'referral_step'; at: string; key: string; employerName: string; step: ReferralMilestone }
) & {
  /** Who recorded it, when they gave their name (a team's timeline says whose work it is). */
  recordedBy?: string;
};

/** A step a referral took, with what a reader needs to place it. */
export type ReferralMilestone = {
  id: string;
  referralId: string;
  stage: ReferralStage;
  steppedOn: string;
  feedback: string | null;
  reference: string;
  opportunityId: string;
  opportunityTitle: string;
};

export type RecordEventType = Extract<
  TimelineItem['type'],
  | 'trust_note'
  | 'commitment_made'
  | 'commitment_resolved'
  | 'phase_change'
  | 'assessment'
  | 'opportunity'
  | 'referral_step'
>;

export type TimelinePage = {
  /** Planned contact, soonest first: on the first page, when no status is chosen. */
  comingUp: TimelineItem[];
  items: TimelineItem[];
  next: { at: string; key: string } | null;
};
