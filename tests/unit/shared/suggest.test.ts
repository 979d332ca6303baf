import { describe, expect, it } from 'vitest';
import type { DepthFacts } from '../../../shared/assessments/schema';
import { suggestDepth } from '../../../shared/assessments/suggest';

const none: DepthFacts = {
  monthsWithContact: 0,
  peopleEngaged: 0,
  employerKept: 0,
  employerBroken: 0,
  usKept: 0,
  usBroken: 0,
  employerPromisesMade: 0,
  relationshipMonths: 0,
  trustStrengthenedLevels: 0,
  trustWeakenedLevels: 0,
  phase: 'maintaining',
};

describe('the suggested engagement depth', () => {
  it('calls a single ad hoc contact instrumental, and says why', () => {
    const suggestion = suggestDepth({ ...none, monthsWithContact: 1, peopleEngaged: 1, relationshipMonths: 2 });
    expect(suggestion.depth).toBe(1);
    expect(suggestion.evidence.map((item) => item.sentence)).toEqual([
      'Contact in 1 of the last 12 months: ad hoc.',
      'All contact in the last 12 months was with one person: single-threaded.',
      'They have no kept or broken promises yet.',
      'We have no kept or broken promises yet.',
      'They made no offers or promises in the last 12 months.',
      'First contact 2 months ago.',
      'No trust notes, or the latest ones say steady.',
    ]);
  });

  it('calls regular, many-threaded, long relationships with promises kept relational', () => {
    const suggestion = suggestDepth({
      ...none,
      monthsWithContact: 11,
      peopleEngaged: 4,
      employerKept: 5,
      employerBroken: 1,
      usKept: 6,
      employerPromisesMade: 4,
      relationshipMonths: 30,
      trustStrengthenedLevels: 2,
    });
    expect(suggestion).toMatchObject({ depth: 5, score: 11 });
    expect(suggestion.evidence.every((item) => item.effect === 'raises')).toBe(true);
    expect(suggestion.evidence[2]!.sentence).toBe('They kept 5 of 6 settled promises.');
  });

  it('does not suggest a dormant or ended relationship as relational, and says why', () => {
    const rich = { ...none, monthsWithContact: 11, peopleEngaged: 4, usKept: 6, relationshipMonths: 30 };
    expect(suggestDepth(rich).depth).toBe(5);
    const dormant = suggestDepth({ ...rich, phase: 'dormant' });
    expect(dormant.depth).toBe(3);
    expect(dormant.evidence.at(-1)).toEqual({
      factor: 'Phase',
      sentence: 'The relationship is dormant now, so it is not suggested as relational, whatever its history.',
      effect: 'lowers',
    });
  });

  it('lowers the depth when promises are broken more than kept and trust is weakening', () => {
    const steady = { ...none, monthsWithContact: 6, peopleEngaged: 2, relationshipMonths: 14 };
    expect(suggestDepth(steady).depth).toBe(3);
    const fraying = { ...steady, usKept: 1, usBroken: 2, trustWeakenedLevels: 2, trustStrengthenedLevels: 1 };
    const suggestion = suggestDepth(fraying);
    expect(suggestion.depth).toBe(2);
    expect(suggestion.evidence.filter((item) => item.effect === 'lowers').map((item) => item.factor)).toEqual([
      'Our promises',
      'Trust',
    ]);
  });

  it('needs a real track record before promises raise the depth: 3 of 4 kept counts, 1 of 1 does not', () => {
    const points = (facts: Partial<DepthFacts>) => suggestDepth({ ...none, ...facts }).score;
    expect(points({ employerKept: 1 })).toBe(0);
    expect(points({ employerKept: 3, employerBroken: 1 })).toBe(1);
    expect(points({ employerKept: 2, employerBroken: 1 })).toBe(0);
  });

  it('maps every score onto the five steps of the scale', () => {
    const depthAt = (months: number, people: number, length: number) =>
      suggestDepth({ ...none, monthsWithContact: months, peopleEngaged: people, relationshipMonths: length }).depth;
    expect([depthAt(1, 1, 1), depthAt(2, 2, 1), depthAt(5, 2, 12), depthAt(9, 2, 24), depthAt(9, 3, 24)]).toEqual([
      1, 2, 3, 4, 4,
    ]);
  });
});
