// Events as an iCalendar file that Outlook, Google Calendar and Apple's Calendar read, written by
// ical.js from its jCal form (RFC 7265): text escaped and long lines folded as RFC 5545 says.
// SEQUENCE grows with each change, so a calendar updates an event it already has.
import ICAL from 'ical.js';
import type { CalendarEvent } from './events';

const sequenceOf = (changedAt: string) =>
  Math.max(0, Math.floor((Date.parse(changedAt) - Date.UTC(2024, 0, 1)) / 60_000));
/** jCal's date-time: UTC, to the second. */
const utc = (iso: string) => `${new Date(iso).toISOString().slice(0, 19)}Z`;
const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

type Property = [name: string, parameters: Record<string, string>, type: string, value: string | number];

function eventOf(event: CalendarEvent): [string, Property[], []] {
  const when: Property[] = event.allDay
    ? [
        ['dtstart', {}, 'date', event.start],
        ['dtend', {}, 'date', dayAfter(event.start)],
      ]
    : [
        ['dtstart', {}, 'date-time', utc(event.start)],
        ['dtend', {}, 'date-time', utc(new Date(Date.parse(event.start) + 3_600_000).toISOString())],
      ];
  return [
    'vevent',
    [
      ['uid', {}, 'text', event.uid],
      ['dtstamp', {}, 'date-time', utc(event.changedAt)],
      ...when,
      ['summary', {}, 'text', event.summary],
      ['description', {}, 'text', event.description],
      ['sequence', {}, 'integer', sequenceOf(event.changedAt)],
    ],
    [],
  ];
}

export function icsOf(events: CalendarEvent[], { name, method }: { name: string; method?: 'publish' }): string {
  const calendar: Property[] = [
    ['version', {}, 'text', '2.0'],
    ['prodid', {}, 'text', '-//Bridgework//Bridgework//EN'],
    ['calscale', {}, 'text', 'GREGORIAN'],
    ['x-wr-calname', {}, 'unknown', name],
    ...(method ? [['method', {}, 'text', 'PUBLISH'] as Property] : []),
  ];
  return ICAL.stringify(['vcalendar', calendar, events.map(eventOf)] as never);
}
