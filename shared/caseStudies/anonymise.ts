// Anonymising a case study: the employer becomes a descriptor, its people their roles, participant
// references go, and any name still left that is in the database is found so it can be flagged.
import { escapeRegExp } from '../referrals/reference';
import type { VocabularyLabel } from '../vocabulary';

/**
 * `pattern` finds the name in any of its written forms (a regular expression's source, matched
 * whole-word and in any case); `later` is how later mentions read, and a sentence that says what
 * the name is ("X is a …").
 */
export type Replacement = { pattern: string; with: string; later?: string };

/** Titles a name may be written with: "Mr Dunstan", "Dr. Patel". */
const titles = ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'rev'];
const title = `(?:${titles.join('|')})\\.?\\s+`;

/** A word of a name as a pattern: any apostrophe or hyphen, and a line break between words. */
const wordPattern = (word: string) => escapeRegExp(word).replace(/['’]/g, "['’]").replace(/-/g, '[-\\s]?');

/** The words of a person's name, without a title: "Dr Sam O’Neill" is Sam, O’Neill. */
export function nameParts(name: string): string[] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words.length > 1 && titles.includes(words[0]!.toLowerCase().replace(/\.$/, '')) ? words.slice(1) : words;
}

/**
 * Every form a person's name may take in a text, longest first: the whole name, with or without a
 * title; an initial and surname ("J. Smith"); a title and surname ("Mr Dunstan"); and each word of
 * three letters or more alone ("Dunstan", "Priya"), unless it is a common English word ("Will").
 */
export function personNamePatterns(name: string, isCommonWord: (word: string) => boolean): string[] {
  const parts = nameParts(name);
  if (parts.length === 0) return [];
  const whole = parts.map(wordPattern).join('\\s+');
  const surname = parts.length > 1 ? wordPattern(parts[parts.length - 1]!) : null;
  const alone = parts.filter((part) => part.replace(/['’-]/g, '').length >= 3 && !isCommonWord(part.toLowerCase()));
  return [
    `(?:${title})?${whole}`,
    ...(surname ? [`(?:${title})?${escapeRegExp(parts[0]![0]!)}\\.?\\s+${surname}`, `${title}${surname}`] : []),
    ...alone.map(wordPattern),
  ];
}

/**
 * A person's name patterns, each also taking their own job title written after it ("Sam Patel, HR
 * Manager at Acme", "Sam Patel (HR Manager)"): the name becomes that role, so it is not said twice.
 */
export function withTitleAfter(patterns: string[], roleTitle: string | null, employerPatterns: string[]): string[] {
  if (!roleTitle?.trim()) return patterns;
  const role = `(?:the\\s+)?${roleTitle.trim().split(/\s+/).map(wordPattern).join('\\s+')}`;
  const at = employerPatterns.length ? `(?:\\s+(?:at|of|for)\\s+(?:${employerPatterns.join('|')}))?` : '';
  // An appositive closes with the comma that opened it: "Sam Patel, HR Manager, agreed".
  const after = `(?:,\\s+${role}${at},?|\\s+\\(${role}${at}\\))`;
  return [...patterns.map((pattern) => `${pattern}${after}`), ...patterns];
}

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
  return withArticle(`${words.join(' ')}${employer.locality ? ` in ${employer.locality.trim()}` : ''}`);
}

/** "an employer", "a consumer": a phrase with the article its first letter calls for. */
export const withArticle = (phrase: string) => `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;

/** "the HR manager" from "HR Manager"; words in capitals (HR, IT) keep them. */
export function rolePhrase(roleTitle: string | null): string {
  return roleTitle?.trim() ? `the ${roleInSentence(roleTitle)}` : 'a member of their staff';
}

/** A job title inside a sentence: "HR Manager" is "HR manager", "Shift Supervisor" "shift supervisor". */
export function roleInSentence(roleTitle: string): string {
  return roleTitle
    .trim()
    .split(/\s+/)
    .map((word) => (/^[A-Z0-9&]{2,}$/.test(word) ? word : word.toLowerCase()))
    .join(' ');
}

/** A name and its common shorter forms: "Acme Foods Ltd" is also written "Acme Foods". */
export function employerNameForms(name: string): string[] {
  const trimmed = name.trim();
  const short = trimmed.replace(/[,.]?\s+(ltd\.?|limited|plc|llp|cic|& co\.?|and co\.?)$/i, '').trim();
  return [...new Set([trimmed, short])].filter((form) => form.length >= 2);
}

/** An employer's name as a pattern: with or without "The" and its legal suffix, "&" or "and". */
export function employerNamePatterns(name: string): string[] {
  return employerNameForms(name.replace(/^the\s+/i, '')).map(
    (form) =>
      `(?:the\\s+)?${form
        .split(/\s+/)
        .map((word) => (word === '&' || word.toLowerCase() === 'and' ? '(?:&|and)' : wordPattern(word)))
        .join('\\s+')}`,
  );
}

export function anonymiseText(text: string, replacements: Replacement[], referencePattern: string): string {
  // One pass over the text, longest form first where forms overlap, so "first mention" is first
  // in the text. Each form is a group of its own, so the one that matched says what it was.
  const forms = [...replacements].sort((a, b) => b.pattern.length - a.pattern.length);
  const mentioned = new Set<string>();
  const named = forms.length
    ? text.replace(
        wholeWords(forms.map((replacement) => `(${replacement.pattern})`).join('|')),
        (match: string, ...groups: unknown[]) => {
          const offset = groups[forms.length] as number;
          const whole = groups[forms.length + 1] as string;
          const replacement = forms[groups.findIndex((group) => group !== undefined)]!;
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
    names.map((name) => ({ pattern: name.split(/\s+/).map(wordPattern).join('\\s+'), with: '[name removed]' })),
    '(?!)',
  );
}

function atSentenceStart(text: string, offset: number): boolean {
  return /(^|[.!?]\s+|\n\s*(?:[-*]\s+)?|^[-*]\s+)$/.test(text.slice(Math.max(0, offset - 4), offset)) || offset === 0;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
