import { expect, it } from 'vitest';
import { promiseKindFits } from '../../../shared/commitments/kinds';

it('offers each side only the kinds of promise it makes, and the charity’s own kinds to both', () => {
  expect(promiseKindFits('employer', 'vacancy')).toBe(true);
  expect(promiseKindFits('us', 'vacancy')).toBe(false);
  expect(promiseKindFits('us', 'candidates')).toBe(true);
  expect(promiseKindFits('employer', 'candidates')).toBe(false);
  for (const party of ['employer', 'us'] as const) {
    expect(promiseKindFits(party, 'feedback')).toBe(true);
    expect(promiseKindFits(party, 'other')).toBe(true);
    expect(promiseKindFits(party, 'mock_interviews')).toBe(true);
  }
});
