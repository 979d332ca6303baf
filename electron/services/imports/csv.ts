// CSV and other delimited text as people save it from Excel, Google Sheets or an old CRM.
import Papa from 'papaparse';
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

/** UTF-8 (with or without its mark), UTF-16 as Excel's "Unicode text", else Windows-1252. */
export function decode(bytes: Buffer): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252 (Western European)' };
  }
}
