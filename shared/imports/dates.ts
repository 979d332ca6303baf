// Dates as spreadsheets hold them: 22/11/2026, 2026-11-22, 22 Nov 2026, or an Excel serial
// number. Day first, as in the UK; a month over 12 is refused rather than guessed.
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export type ParsedDate = { date: string; time: string | null } | { problem: string };

const excelEpoch = Date.UTC(1899, 11, 30);
const timePart = /(?:[ T](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i.source;
const isoPattern = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${timePart}`);
const numericPattern = new RegExp(`^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})${timePart}`);
const wordsPattern = new RegExp(
  `^(?:[a-z]{3,9},? )?(\\d{1,2})(?:st|nd|rd|th)? ([a-z]{3,9})\\.?,? (\\d{4})${timePart}`,
  'i',
);

export const dateHint = 'Write dates as day/month/year, like 22/11/2026 or 22 Nov 2026';

export function parseImportDate(value: string | Date): ParsedDate {
  if (value instanceof Date) return fromDate(value);
  const text = value.trim().replace(/\s+/g, ' ');
  if (/^\d{5}(\.\d+)?$/.test(text)) return fromSerial(Number(text));
  let match = isoPattern.exec(text);
  if (match) return build(Number(match[1]), Number(match[2]), Number(match[3]), match[4], match[5]);
  match = numericPattern.exec(text);
  if (match) {
    const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
    return build(year, Number(match[2]), Number(match[1]), match[4], match[5]);
  }
  match = wordsPattern.exec(text);
  if (match) {
    const month = months.indexOf(match[2]!.slice(0, 3).toLowerCase()) + 1;
    if (month > 0) return build(Number(match[3]), month, Number(match[1]), match[4], match[5]);
  }
  return { problem: `“${text}” is not a date Bridgework can read. ${dateHint}.` };
}

function build(year: number, month: number, day: number, hours?: string, minutes?: string): ParsedDate {
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const real = new Date(`${date}T00:00:00Z`);
  if (month > 12 && day <= 12) {
    return { problem: `${day}/${month}/${year} has the month first. ${dateHint}.` };
  }
  if (Number.isNaN(real.getTime()) || !real.toISOString().startsWith(date) || year < 1900 || year > 2200) {
    return { problem: `There is no date ${day}/${month}/${year}. ${dateHint}.` };
  }
  const time = hours === undefined ? null : `${hours.padStart(2, '0')}:${minutes}`;
  if (time && (Number(hours) > 23 || Number(minutes) > 59)) {
    return { problem: `${time} is not a time of day. Write times like 14:30.` };
  }
  return { date, time };
}

function fromSerial(serial: number): ParsedDate {
  return fromDate(new Date(excelEpoch + Math.round(serial * 86_400_000)));
}

/** Excel keeps a cell's date and time with no zone; read its UTC parts as written. */
function fromDate(value: Date): ParsedDate {
  if (Number.isNaN(value.getTime())) return { problem: `That cell is not a date Bridgework can read. ${dateHint}.` };
  const iso = value.toISOString();
  const time = iso.slice(11, 16);
  return { date: iso.slice(0, 10), time: time === '00:00' ? null : time };
}
