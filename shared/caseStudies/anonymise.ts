// Anonymising a case study: the employer becomes a descriptor, its people their roles, participant
// references go, and any name still left that is in the database is found so it can be flagged.
import { escapeRegExp } from '../referrals/reference';
import type { VocabularyLabel } from '../vocabulary';

/** `later` is how later mentions read, and a sentence that says what the name is ("X is a …"). */
export type Replacement = { name: string; with: string; later?: string };

const sizeWords: Record<string, string> = { micro: 'micro', small: 'small', medium: 'medium-sized', large: 'large' };

/** "a medium-sized hospitality and catering employer in Lambeth"; a sector of "other" is left out. */
export function employerDescriptor(
  employer: { sizeBand: string | null; sector: string | null; locality: string | null },
  label: VocabularyLabel,
): string {
  const words = [
    employer.sizeBand ? sizeWords[employer.sizeBand] : null,
    employer.sector && employer.sector !== 'other' ? lowerFirst(label('sector', employer.sector)) : null,
    'employer',
  ].filter(Boolean);
  const phrase = `${words.join(' ')}${employer.locality ? ` in ${employer.locality.trim()}` : ''}`;
  return `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

/** "the HR manager" from "HR Manager"; words in capitals (HR, IT) keep them. */
export function rolePhrase(roleTitle: string | null): string {
  if (!roleTitle?.trim()) return 'a member of their staff';
  const role = roleTitle
    .trim()
    .split(/\s+/)
    .map((word) => (/^[A-Z0-9&]{2,}$/.test(word) ? word : word.toLowerCase()))
    .join(' ');
  return `the ${role}`;
}

/** A name and its common shorter forms: "Acme Foods Ltd" is also written "Acme Foods". */
export function employerNameForms(name: string): string[] {
  const trimmed = name.trim();
  const short = trimmed.replace(/[,.]?\s+(ltd\.?|limited|plc|llp|cic|& co\.?|and co\.?)$/i, '').trim();
  return [...new Set([trimmed, short])].filter((form) => form.length >= 2);
}

export function anonymiseText(text: string, replacements: Replacement[], referencePattern: string): string {
  // One pass over the text, longest name first where names overlap, so "first mention" is first in the text.
  const byName = new Map(replacements.map((replacement) => [replacement.name.toLowerCase(), replacement]));
  const names = [...byName.values()].sort((a, b) => b.name.length - a.name.length);
  const mentioned = new Set<string>();
  const named = names.length
    ? text.replace(
        wholeWords(names.map((replacement) => escapeRegExp(replacement.name)).join('|')),
        (match, offset: number, whole: string) => {
          const replacement = byName.get(match.toLowerCase())!;
          const { later } = replacement;
          const defining = /^\s+is an?\s/.test(whole.slice(offset + match.length));
          const key = later ?? replacement.with;
          const phrase = later && (mentioned.has(key) || defining) ? later : replacement.with;
          mentioned.add(key);
          return atSentenceStart(whole, offset) ? upperFirst(phrase) : phrase;
        },
      )
    : text;
  return named.replace(wholeWords(referencePattern), (_match, offset: number, whole: string) =>
    atSentenceStart(whole, offset) ? 'A participant' : 'a participant',
  );
}

const wholeWords = (pattern: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'giu');

/**
 * The runs of words in a text that could be a name (starting with a capital letter), up to eight
 * words long, in lower case: what to look up among the names in the database.
 */
export function nameCandidates(text: string): Set<string> {
  const candidates = new Set<string>();
  const words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)].map((match) => ({
    word: match[0].replace(/[.'’-]+$/, ''),
    at: match.index,
  }));
  for (let start = 0; start < words.length; start++) {
    if (!/^\p{Lu}/u.test(words[start]!.word)) continue;
    for (let end = start; end < Math.min(words.length, start + 8); end++) {
      const last = words[end]!;
      // A name runs on through spaces, commas and ampersands ("Smith, Jones & Sons"), not other punctuation.
      if (end > start) {
        const previous = words[end - 1]!;
        if (!/^[\s,&]*$/.test(text.slice(previous.at + previous.word.length, last.at))) break;
      }
      candidates.add(
        text
          .slice(words[start]!.at, last.at + last.word.length)
          .replace(/\s+/g, ' ')
          .toLowerCase(),
      );
    }
  }
  return candidates;
}

/** Replaces each of the given names wherever it still appears. */
export function removeNames(text: string, names: string[]): string {
  return anonymiseText(
    text,
    names.map((name) => ({ name, with: '[name removed]' })),
    '(?!)',
  );
}

function atSentenceStart(text: string, offset: number): boolean {
  return /(^|[.!?]\s+|\n\s*(?:[-*]\s+)?|^[-*]\s+)$/.test(text.slice(Math.max(0, offset - 4), offset)) || offset === 0;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
