// Events as an iCalendar file, written by ical-generator, that Outlook, Google Calendar and
// Apple's Calendar read. SEQUENCE grows with each change, so a calendar updates an event it has.
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { CalendarEvent } from './events';

const sequenceOf = (changedAt: string) =>
  Math.max(0, Math.floor((Date.parse(changedAt) - Date.UTC(2024, 0, 1)) / 60_000));

export function icsOf(events: CalendarEvent[], { name, method }: { name: string; method?: 'publish' }): string {
  const calendar = ical({
    name,
    prodId: { company: 'Bridgework', product: 'Bridgework', language: 'EN' },
    method: method ? ICalCalendarMethod.PUBLISH : null,
  });
  for (const event of events) {
    const start = event.allDay ? new Date(`${event.start}T00:00:00Z`) : new Date(event.start);
    calendar.createEvent({
      id: event.uid,
      start,
      end: event.allDay ? new Date(start.getTime() + 86_400_000) : new Date(start.getTime() + 3_600_000),
      allDay: event.allDay,
      // A day is the same day wherever the calendar is, not a UTC midnight moved by the time zone.
      floating: event.allDay,
      summary: event.summary,
      description: event.description,
      stamp: new Date(event.changedAt),
      lastModified: new Date(event.changedAt),
      sequence: sequenceOf(event.changedAt),
    });
  }
  return calendar.toString();
}
