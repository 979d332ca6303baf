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

// Other words people use for a default list value, by its code (codes stay when labels are renamed).
const otherWords: Record<string, string[]> = {
  health_care: ['care', 'nursing', 'nhs', 'medical', 'dental', 'social'],
  hospitality: ['catering', 'restaurant', 'hotel', 'food', 'cafe', 'pub', 'bar', 'leisure'],
  retail: ['shop', 'shops', 'store', 'stores', 'supermarket', 'sales'],
  construction: ['building', 'builders', 'trades', 'trade'],
  logistics: ['transport', 'haulage', 'warehouse', 'warehousing', 'delivery', 'distribution', 'driving'],
  digital: ['it', 'tech', 'technology', 'software', 'computing'],
  business_services: ['office', 'admin', 'finance', 'legal', 'accountancy', 'recruitment', 'professional'],
  public_sector: ['council', 'government', 'authority', 'civil'],
  education: ['school', 'college', 'university', 'training'],
  creative: ['arts', 'culture', 'sport', 'media', 'entertainment'],
  facilities: ['cleaning', 'security', 'maintenance'],
  voluntary: ['charity', 'community', 'third', 'nonprofit'],
  manufacturing: ['factory', 'production', 'engineering', 'industrial'],
  site_visit: ['visit', 'visited'],
  call: ['phone', 'rang', 'telephone'],
  meeting: ['met', 'meet'],
};
const minor = new Set(['and', 'the', 'of', 'a', 'an', 'service', 'services', 'sector', 'industry']);
const wordsOf = (text: string) =>
  simplify(text)
    .split(' ')
    .filter((word) => word && !minor.has(word));

/**
 * Bridgework's best guess at a value that is not on the list ("Care" → Health and social care):
 * the entry sharing most of its words, or their other names; none if two are as likely.
 */
export function suggestCode(entries: VocabularyEntry[], value: string): string | null {
  const wanted = wordsOf(value);
  if (wanted.length === 0) return null;
  const scored = entries.map((entry) => {
    const known = new Set([...wordsOf(entry.label), ...(otherWords[entry.code] ?? [])]);
    const shared = wanted.filter(
      (word) => known.has(word) || [...known].some((k) => k.length > 4 && word.startsWith(k)),
    );
    return { code: entry.code, score: shared.length / wanted.length };
  });
  scored.sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best || best.score < 0.5 || (next && next.score === best.score)) return null;
  return best.code;
}
