// Planned contact and follow-ups in the person's own calendar: one event as an invitation file,
// or a calendar file kept up to date in a folder they choose (one their cloud drive syncs).
import { z } from 'zod';
import { fullPath, recordId } from '../fields';

export const exportCalendarInput = z.object({
  interactionId: recordId('Choose the contact'),
  /** The contact itself (planned), or the follow-up date set on it. */
  event: z.enum(['contact', 'followUp']).default('contact'),
});

export const setCalendarFolderInput = z.object({
  /** Undefined asks the person to choose; null stops keeping the file. */
  folder: fullPath('Choose a folder for the calendar file').nullable().optional(),
});

export type CalendarFeed = {
  folder: string | null;
  file: string | null;
  events: number;
  writtenAt: string | null;
  /** Why the file could not be written last time, if it could not. */
  problem: string | null;
};

export const calendarFileName = 'Bridgework contacts.ics';
