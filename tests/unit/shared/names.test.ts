import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { employerNameKey } from '../../../shared/employers/names';

describe('employer name key', () => {
  it.each([
    ['Acme Ltd', 'ACME Limited'],
    ['The Acme Company', 'acme co.'],
    ['Smith & Sons', 'Smith and Sons Ltd'],
    ['B&Q', 'B and Q'],
    ['Café Rouge', 'Cafe Rouge'],
    ['  Northgate   Care ', 'northgate care plc'],
  ])('treats "%s" and "%s" as the same employer', (a, b) => {
    expect(employerNameKey(a)).toBe(employerNameKey(b));
  });

  it.each([
    ['Acme Ltd', 'Acme Logistics Ltd'],
    ['Salford Bakery', 'Stockport Bakery'],
  ])('tells "%s" and "%s" apart', (a, b) => {
    expect(employerNameKey(a)).not.toBe(employerNameKey(b));
  });

  it('keeps a name made only of legal words, rather than matching everything', () => {
    expect(employerNameKey('The Company Ltd')).toBe('the company ltd');
  });

  it('is the same however the name is cased or spaced', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60, unit: 'grapheme-ascii' }), (name) => {
        const key = employerNameKey(name);
        expect(employerNameKey(name.toUpperCase())).toBe(employerNameKey(name.toLowerCase()));
        expect(employerNameKey(` ${name}  `)).toBe(key);
        expect(employerNameKey(key)).toBe(key);
      }),
    );
  });
});
