import { z } from 'zod';
import { optionalCode, optionalDate, optionalText, recordId } from '../fields';

export const movePhaseInput = z.object({
  employerId: recordId('Choose the employer'),
  toPhase: z.string({ error: 'Choose the phase to move to' }).min(1, { error: 'Choose the phase to move to' }).max(60),
  changedOn: optionalDate('Enter the date as a real date, like 22 Nov 2026'),
  /** How the relationship is developing: needed when moving to developing. */
  route: optionalCode('route'),
  /** Why it lapsed, ended or was declined: needed for dormant, ended and declined. */
  reason: optionalCode('reason'),
  /** The employer said no to working with us. */
  declined: z.boolean().optional(),
  note: optionalText(2000, 'Keep the note to 2,000 characters or fewer'),
});
export type MovePhaseInput = z.output<typeof movePhaseInput>;

/** Moving to these phases, or recording that an employer declined, asks why. */
export const phasesNeedingReason = ['dormant', 'ended'];

export type PhaseChange = {
  id: string;
  employerId: string;
  fromPhase: string | null;
  toPhase: string;
  changedOn: string;
  route: string | null;
  reason: string | null;
  declined: boolean;
  note: string | null;
  createdAt: string;
};
