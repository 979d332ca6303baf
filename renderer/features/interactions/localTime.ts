// <input type="datetime-local"> speaks local wall-clock time; the record stores UTC.
import dayjs from 'dayjs';

export const toLocalInput = (iso: string) => dayjs(iso).format('YYYY-MM-DDTHH:mm');
export const fromLocalInput = (local: string) => (dayjs(local).isValid() ? dayjs(local).toISOString() : local);
