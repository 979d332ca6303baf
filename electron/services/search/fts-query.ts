import { legalWords } from '../../../shared/employers/names';

/**
 * Turns what the user typed into FTS5 queries where every word must match. Words like "Ltd" or
 * "Limited" are dropped, so "Acme Limited" still finds "Acme Ltd".
 * `exact` matches whole words; `prefix` also matches words that start with what was typed.
 */
export function ftsQueries(text: string): { exact: string; prefix: string } | null {
  const words =
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const meaningful = words.filter((word) => !legalWords.has(word));
  const chosen = meaningful.length > 0 ? meaningful : words;
  if (chosen.length === 0) return null;
  return {
    exact: chosen.map((word) => `"${word}"`).join(' '),
    prefix: chosen.map((word) => `"${word}"*`).join(' '),
  };
}
