import { z } from 'zod';
import { optionalCode, optionalDate, optionalNumber, optionalText, recordId, requiredText } from '../fields';
import type { FunnelCounts } from '../funnel/schema';

export const opportunityStatuses = ['open', 'filled', 'closed', 'withdrawn'] as const;
export type OpportunityStatus = (typeof opportunityStatuses)[number];
export const opportunityStatusLabels: Record<OpportunityStatus, string> = {
  open: 'Open',
  filled: 'Filled',
  closed: 'Closed',
  withdrawn: 'Withdrawn',
};

export const opportunityFields = z.object({
  employerId: recordId('Choose the employer'),
  kind: z
    .string({ error: 'Choose what kind of opportunity it is' })
    .min(1, { error: 'Choose what kind of opportunity it is' }),
  title: requiredText(200, 'Enter a title, like “Kitchen porter”', 'Keep the title to 200 characters or fewer'),
  places: optionalNumber(1, 10_000, 'Enter the number of places as a whole number, like 3'),
  openedOn: optionalDate('Enter the date it opened as a real date, like 22 Nov 2026'),
  closesOn: optionalDate('Enter the closing date as a real date, like 22 Dec 2026'),
  startsOn: optionalDate('Enter the start date as a real date, like 5 Jan 2027'),
  status: z.enum(opportunityStatuses, { error: 'Choose open, filled, closed or withdrawn' }).optional(),
  weeklyHours: optionalNumber(0, 80, 'Enter the hours a week as a number from 0 to 80'),
  contractType: optionalCode('contract type'),
  payBand: optionalText(100, 'Keep the pay band to 100 characters or fewer'),
  requirements: optionalText(4000, 'Keep the requirements to 4,000 characters or fewer'),
  programmeId: recordId('Choose a programme from the list').nullable().optional(),
  commitmentId: recordId('Choose the promise it came from').nullable().optional(),
  interactionId: recordId('Choose the contact it came from').nullable().optional(),
});
export type OpportunityFields = z.output<typeof opportunityFields>;

export const updateOpportunityInput = opportunityFields
  .omit({ employerId: true })
  .partial()
  .extend({ id: recordId('Choose an opportunity') });

export const listOpportunitiesInput = z.object({
  employerId: recordId('Choose an employer'),
  status: z.array(z.enum(opportunityStatuses)).max(4).optional(),
});

export type Opportunity = {
  id: string;
  employerId: string;
  programmeId: string | null;
  kind: string;
  title: string;
  places: number | null;
  openedOn: string;
  closesOn: string | null;
  startsOn: string | null;
  status: OpportunityStatus;
  weeklyHours: number | null;
  contractType: string | null;
  payBand: string | null;
  requirements: string | null;
  commitmentId: string | null;
  interactionId: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

/** An opportunity as the employer page lists it: with its programme's name and its funnel. */
export type OpportunityListItem = Opportunity & { programmeName: string | null; funnel: FunnelCounts };
