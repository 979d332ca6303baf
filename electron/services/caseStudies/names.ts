// The names in the database that still appear in a text: an anonymised export must contain none.
import { sql, type Kysely } from 'kysely';
import { nameCandidates, nameParts } from '../../../shared/caseStudies/anonymise';
import type { NameFlag, NameHit } from '../../../shared/caseStudies/schema';
import { legalWords } from '../../../shared/employers/names';
import type { Database } from '../../db/schema';
import { isCommonWord } from './commonWords';

export async function namesInDatabase(db: Kysely<Database>, texts: string[]): Promise<NameFlag[]> {
  const candidates = new Set<string>();
  for (const text of texts) for (const candidate of nameCandidates(text)) candidates.add(candidate);
  if (candidates.size === 0) return [];
  const wanted = JSON.stringify([...candidates]);
  const { rows } = await sql<NameFlag>`
    select name, 'employer' as kind from employer where lower(name) in (select value from json_each(${wanted}))
    union
    select name, 'person' as kind from person where lower(name) in (select value from json_each(${wanted}))
    order by name`.execute(db);
  return rows;
}

/**
 * What may still name someone after anonymising: a word of any stored person's name (three
 * letters or more, not a common English word), or any employer's name without "Ltd", "The" and
 * the like, found in any case. Each with a stored name it belongs to, and whether the study keeps
 * it on purpose.
 */
export async function namePartsIn(db: Kysely<Database>, texts: string[], kept: string[]): Promise<NameHit[]> {
  const wordsOf = texts.map(plainWords);
  const inText = new Set(wordsOf.flat());
  if (inText.size === 0) return [];
  // Runs of up to six words, for employers' names of several words.
  const runs = new Set<string>();
  for (const all of wordsOf) {
    for (let start = 0; start < all.length; start++)
      for (let end = start + 1; end <= Math.min(all.length, start + 6); end++)
        runs.add(all.slice(start, end).join(' '));
  }
  const hits = new Map<string, NameHit>();
  const keptWords = new Set(kept.map((word) => word.toLowerCase()));
  const hit = (text: string, inName: string, kind: NameHit['kind']) => {
    if (!hits.has(text)) hits.set(text, { text, inName, kind, kept: keptWords.has(text) });
  };
  const people = await db.selectFrom('person').select('name').execute();
  for (const { name } of people) {
    for (const part of nameParts(name)) {
      const word = plain(part);
      if (word.length >= 3 && inText.has(word) && !isCommonWord(word)) hit(word, name, 'person');
    }
  }
  const employers = await db.selectFrom('employer').select('name').execute();
  for (const { name } of employers) {
    const significant = plainWords(name).filter((word) => !legalWords.has(word));
    const key = (significant.length > 0 ? significant : plainWords(name)).join(' ');
    if (key.length >= 3 && runs.has(key) && (key.includes(' ') || !isCommonWord(key))) hit(key, name, 'employer');
  }
  return [...hits.values()].sort((a, b) => a.text.localeCompare(b.text));
}

/** Lower case, a possessive and apostrophes dropped: "O’Neill's" and "o'neill" are "oneill". */
const plain = (word: string) =>
  word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
const plainWords = (text: string) => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu) ?? []).map(plain);
