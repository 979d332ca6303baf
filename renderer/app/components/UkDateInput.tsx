// Dates shown the UK way (22 Nov 2026) whatever the computer's settings, and typed any common
// UK way: "22 Nov 2026", "22/11/2026", "2026-11-22". The value is the stored YYYY-MM-DD text.
import { DateInput, type DateInputProps } from '@mantine/dates';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

const typedFormats = [
  'D MMM YYYY',
  'D MMMM YYYY',
  'D/M/YYYY',
  'D-M-YYYY',
  'D.M.YYYY',
  'YYYY-MM-DD',
  'D MMM YY',
  'D/M/YY',
];

export function parseUkDate(text: string): string | null {
  const parsed = dayjs(text.trim(), typedFormats, true);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD') : null;
}

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'defaultValue'> & {
  value?: string;
  onChange: (value: string) => void;
};

export function UkDateInput({ value, onChange, ...props }: Props) {
  return (
    <DateInput
      valueFormat="D MMM YYYY"
      dateParser={parseUkDate}
      placeholder="For example, 22 Nov 2026"
      clearable
      nextLabel="Next month"
      previousLabel="Previous month"
      hideOutsideDates
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      {...props}
    />
  );
}
