import { z } from 'zod';
import { recordId } from '../fields';
import { interactionStatuses, type Interaction } from '../interactions/schema';

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

export type TimelineItem =
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
    };

export type TimelinePage = { items: TimelineItem[]; next: { at: string; key: string } | null };
