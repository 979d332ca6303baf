// The form asks for a day and a time on the local clock; the record stores a UTC moment.
import dayjs from 'dayjs';

export const timePattern = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;

export function toLocalParts(iso: string): { date: string; time: string } {
  const local = dayjs(iso);
  return { date: local.format('YYYY-MM-DD'), time: local.format('HH:mm') };
}

/** The moment for a local day and time, or '' when either is missing or not real. */
export function fromLocalParts(date: string, time: string): string {
  const match = timePattern.exec(time.trim());
  if (!date || !match) return '';
  const local = dayjs(`${date}T${match[1]!.padStart(2, '0')}:${match[2]}`);
  return local.isValid() ? local.toISOString() : '';
}
