// Dates shown the UK way (22 Nov 2026) whatever the computer's settings, and typed any common
// UK way: "22 Nov 2026", "22/11/2026", "2026-11-22". The value is the stored YYYY-MM-DD text.
import { DateInput, type DateInputProps } from '@mantine/dates';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useState } from 'react';

dayjs.extend(customParseFormat);

// Strict parsing takes "D" for 1 but not 01, so each way of writing day and month is listed.
const numbered = ['/', '-', '.'].flatMap((separator) =>
  ['D', 'DD'].flatMap((day) =>
    ['M', 'MM'].flatMap((month) => ['YYYY', 'YY'].map((year) => [day, month, year].join(separator))),
  ),
);
const typedFormats = [
  'D MMM YYYY',
  'DD MMM YYYY',
  'D MMMM YYYY',
  'DD MMMM YYYY',
  'D MMM YY',
  'YYYY-MM-DD',
  ...numbered,
];

export function parseUkDate(text: string): string | null {
  const parsed = dayjs(text.trim(), typedFormats, true);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD') : null;
}

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'defaultValue'> & {
  value?: string;
  onChange: (value: string) => void;
};

export function UkDateInput({ value, onChange, popoverProps, ...props }: Props) {
  // While the calendar is open, Escape closes the calendar only, not the dialog around it.
  const [calendarOpen, setCalendarOpen] = useState(false);
  return (
    <DateInput
      data-mantine-stop-propagation={calendarOpen ? 'true' : undefined}
      popoverProps={{
        ...popoverProps,
        onOpen: () => {
          setCalendarOpen(true);
          popoverProps?.onOpen?.();
        },
        onClose: () => {
          setCalendarOpen(false);
          popoverProps?.onClose?.();
        },
      }}
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
