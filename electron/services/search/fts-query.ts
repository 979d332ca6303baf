import { legalWords } from '../../../shared/employers/names';

/**
 * Turns what the user typed into an FTS5 query: every word must match, each as a prefix.
 * Words like "Ltd" or "Limited" are dropped, so "Acme Limited" still finds "Acme Ltd".
 */
export function ftsQuery(text: string): string | null {
  const words =
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const meaningful = words.filter((word) => !legalWords.has(word));
  const chosen = meaningful.length > 0 ? meaningful : words;
  return chosen.length > 0 ? chosen.map((word) => `"${word}"*`).join(' ') : null;
}
