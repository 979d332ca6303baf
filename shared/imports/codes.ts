// A spreadsheet's words for a list value ("Hospitality", "hospitality & catering", "12 staff")
// matched to the code Bridgework stores.
import type { VocabularyEntry } from '../contract';

const simplify = (text: string) =>
  text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\(.*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export function matchCode(entries: VocabularyEntry[], value: string): string | null {
  const wanted = simplify(value);
  if (!wanted) return null;
  const exact = entries.find(
    (entry) =>
      simplify(entry.code) === wanted ||
      simplify(entry.label) === wanted ||
      entry.label.toLowerCase() === value.toLowerCase(),
  );
  if (exact) return exact.code;
  const starts = entries.filter(
    (entry) => simplify(entry.label).startsWith(`${wanted} `) || simplify(entry.label).split(' ')[0] === wanted,
  );
  return starts.length === 1 ? starts[0]!.code : null;
}

/** "12", "10-49", "about 300 staff": the size band for that many staff. */
export function sizeBandFor(value: string): string | null {
  const match = /\d[\d,]*/.exec(value);
  if (!match) return null;
  const staff = Number(match[0].replace(/,/g, ''));
  if (staff < 10) return 'micro';
  if (staff < 50) return 'small';
  if (staff < 250) return 'medium';
  return 'large';
}
