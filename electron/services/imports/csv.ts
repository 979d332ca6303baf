// CSV and other delimited text as people save it from Excel, Google Sheets or an old CRM.
import Papa from 'papaparse';
import { decode } from './encoding';
import { RowLimits } from './limits';
import { sheetFromRows, type ImportBook, type ImportRow } from './table';

const delimiterNames: Record<string, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs', '|': 'bars' };

export function readDelimited(bytes: Buffer): ImportBook {
  const { text, encoding } = decode(bytes);
  // Papa guesses the delimiter by rows of equal length, so blank lines must not count against
  // it; they are kept in the real parse so that row numbers match the spreadsheet's.
  const { delimiter: guessed } = Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: 'greedy',
    preview: 100,
  }).meta;
  // Row by row, so an odd file is refused as soon as it shows itself (limits.ts).
  const limits = new RowLimits();
  const rows: ImportRow[] = [];
  let row = 0;
  Papa.parse<string[]>(text, {
    delimiter: guessed,
    skipEmptyLines: false,
    step: ({ data }) => limits.take(rows, ++row, data),
  });
  limits.finish();
  const delimiter = delimiterNames[guessed] ?? 'commas';
  return { readAs: `CSV, ${encoding}, separated by ${delimiter}`, sheets: [sheetFromRows(null, rows)] };
}
