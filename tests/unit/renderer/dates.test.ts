import { describe, expect, it } from 'vitest';
import { parseUkDate } from '../../../renderer/app/components/UkDateInput';
import { fromLocalParts, toLocalParts } from '../../../renderer/features/interactions/localTime';

describe('dates as people type them', () => {
  it.each([
    ['22 Nov 2026', '2026-11-22'],
    ['22 November 2026', '2026-11-22'],
    ['22/11/2026', '2026-11-22'],
    ['1/2/2027', '2027-02-01'],
    ['2026-11-22', '2026-11-22'],
    [' 3.4.2025 ', '2025-04-03'],
    ['01/11/2026', '2026-11-01'],
    ['05-03-2026', '2026-03-05'],
    ['1/09/26', '2026-09-01'],
    ['07 Nov 2026', '2026-11-07'],
  ])('reads "%s" as %s, day first', (typed, stored) => {
    expect(parseUkDate(typed)).toBe(stored);
  });

  it.each(['31/02/2026', '11/31/2026', 'next Tuesday', ''])('refuses "%s"', (typed) => {
    expect(parseUkDate(typed)).toBeNull();
  });

  it('turns a local day and time into one moment and back', () => {
    const moment = fromLocalParts('2026-11-22', '9:05');
    expect(toLocalParts(moment)).toEqual({ date: '2026-11-22', time: '09:05' });
    expect(fromLocalParts('2026-11-22', '25:00')).toBe('');
    expect(fromLocalParts('', '10:00')).toBe('');
  });
});
