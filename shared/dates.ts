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
