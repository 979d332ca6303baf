// A calendar invitation (.ics, iCalendar) as Outlook, Google Calendar and Apple's Calendar write
// it, read by ical.js. Each event in the file is one meeting; times with a Windows or unknown time
// zone and no VTIMEZONE are read as UK time.
import ICAL from 'ical.js';
import { address, addresses, messageKey, type CapturedMessage } from './message';
import { tidyText } from './text';

export function readIcs(text: string): CapturedMessage[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  const cancelledCalendar = String(calendar.getFirstPropertyValue('method') ?? '').toUpperCase() === 'CANCEL';
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const organiser = address(event.organizer, component.getFirstProperty('organizer')?.getParameter('cn') as string);
    const attendees = addresses(
      event.attendees.map((attendee) =>
        address(String(attendee.getFirstValue()), attendee.getParameter('cn') as string),
      ),
    ).filter((attendee) => attendee.email !== organiser?.email);
    const location = event.location?.trim();
    // Google wraps its video-call details in lines of -::~:~::- marks.
    const description = (event.description ?? '').replace(/^-::~[:~]*::-$/gm, '');
    return {
      kind: 'meeting',
      key: messageKey(`ical:${event.uid}${event.recurrenceId ? `:${event.recurrenceId.toString()}` : ''}`),
      subject: event.summary ?? '',
      occurredAt: event.startDate ? startOf(event.startDate) : null,
      cancelled:
        cancelledCalendar || String(component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED',
      from: organiser,
      to: attendees,
      cc: [],
      text: tidyText([location ? `Where: ${location}` : '', description].filter(Boolean).join('\n\n')),
      attachments: [],
    } satisfies CapturedMessage;
  });
}

/** The moment a meeting starts, as UTC. A date with no time starts at 9 in the morning, UK time. */
function startOf(time: ICAL.Time): string {
  if (time.isDate) return ukTime(time.year, time.month, time.day, 9, 0, 0);
  const zone = time.zone;
  if (zone && zone !== ICAL.Timezone.localTimezone) return time.toJSDate().toISOString();
  return ukTime(time.year, time.month, time.day, time.hour, time.minute, time.second);
}

/** A wall-clock time in the UK, as UTC: BST is an hour ahead in summer. */
function ukTime(year: number, month: number, day: number, hour: number, minute: number, second: number): string {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(asUtc));
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const shown = Date.UTC(
    value('year'),
    value('month') - 1,
    value('day'),
    value('hour'),
    value('minute'),
    value('second'),
  );
  return new Date(asUtc - (shown - asUtc)).toISOString();
}
