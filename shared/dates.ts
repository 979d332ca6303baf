import dayjs from 'dayjs';

/** UK English date for people to read: `22 Nov 2026`. Stored dates stay ISO text. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = dayjs(iso);
  return date.isValid() ? date.format('D MMM YYYY') : '';
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = dayjs(iso);
  return date.isValid() ? date.format('D MMM YYYY, HH:mm') : '';
}

/** A month for people to read: `Nov 2026`, from `2026-11`. */
export function formatMonth(month: string): string {
  return new Date(`${month.slice(0, 7)}-01T00:00:00Z`).toLocaleDateString('en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
