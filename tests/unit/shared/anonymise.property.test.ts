// Whatever people are called and however a text mentions them, an anonymised text names none of
// them: the whole name, first name, surname alone, a title and surname ("Mr Dunstan", "Dr.
// Patel"), an initial and surname ("J. Smith"), a possessive, any case, a name broken across a
// line; and the employer with or without "Ltd" or "The".
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { anonymiseText, employerNamePatterns, personNamePatterns } from '../../../shared/caseStudies/anonymise';
import { isCommonWord } from '../../../electron/services/caseStudies/commonWords';

const capitalised = fc.stringMatching(/^[A-Z][a-z]{2,9}$/).filter((word) => !isCommonWord(word.toLowerCase()));
/** Names as people have them: O’Neill, Smith-Jones, Siobhán. */
const namePart = fc.oneof(
  capitalised,
  capitalised.map((word) => `O’${word}`),
  fc.tuple(capitalised, capitalised).map(([a, b]) => `${a}-${b}`),
  capitalised.map((word) => `${word}á`),
);
const person = fc.record({ first: namePart, last: namePart, title: fc.constantFrom('', 'Dr ', 'Mrs ') });
const employer = fc.record({
  words: fc.array(capitalised, { minLength: 1, maxLength: 3 }),
  suffix: fc.constantFrom('', ' Ltd', ' Limited', ' plc', ' & Co'),
  the: fc.boolean(),
});

/** Each way a text may mention someone called `first last`. */
const mentions = (first: string, last: string): string[] => [
  `${first} ${last}`,
  `${first}\n${last}`,
  first,
  last,
  `Mr ${last}`,
  `Prof ${last}`,
  `Dr. ${last}`,
  `Ms ${last}`,
  `${first[0]}. ${last}`,
  `${first[0]} ${last}`,
  `${last}’s`,
  `${first}'s`,
  `${first} ${last}`.toUpperCase(),
  `${first} ${last}`.toLowerCase(),
];

it('no form of anyone’s name, or the employer’s, survives anonymising', () => {
  fc.assert(
    fc.property(fc.array(person, { minLength: 1, maxLength: 3 }), employer, (people, business) => {
      const stored = `${business.the ? 'The ' : ''}${business.words.join(' ')}${business.suffix}`;
      const short = business.words.join(' ');
      const text = [
        `We first met ${stored} in March. ${short} took two trainees; ${short.toUpperCase()} said so again.`,
        ...people.flatMap(({ first, last }) => mentions(first, last).map((mention) => `Then ${mention} rang us.`)),
      ].join('\n');
      const replacements = [
        ...employerNamePatterns(stored).map((pattern) => ({
          pattern,
          with: 'a small employer',
          later: 'the employer',
        })),
        ...people.flatMap(({ first, last, title }) =>
          personNamePatterns(`${title}${first} ${last}`, isCommonWord).map((pattern) => ({
            pattern,
            with: 'the manager',
          })),
        ),
      ];
      const out = anonymiseText(text, replacements, '(?!)').toLowerCase();
      const words = new Set(out.match(/[\p{L}]+/gu));
      for (const { first, last } of people) {
        for (const part of [...first.split(/[-’]/), ...last.split(/[-’]/)])
          if (part.length >= 3) expect(words.has(part.toLowerCase()), `${part} in:\n${out}`).toBe(false);
      }
      for (const word of business.words) expect(words.has(word.toLowerCase()), `${word} in:\n${out}`).toBe(false);
    }),
    { numRuns: 300 },
  );
});
