// Suggests an engagement depth from the record, with each piece of evidence in plain words.
// Points: regular contact up to 3, several people up to 2, promises kept on each side 1 each
// (broken more than kept takes 1 away), repeat offers 1, length up to 2, trust ±1. Out of 11:
// 0–1 → 1, 2–3 → 2, 4–5 → 3, 6–7 → 4, 8 or more → 5.
import type { DepthEvidence, DepthFacts, DepthSuggestion } from './schema';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

export function suggestDepth(facts: DepthFacts): DepthSuggestion {
  const evidence: (DepthEvidence & { points: number })[] = [
    contact(facts.monthsWithContact),
    people(facts.peopleEngaged),
    promises('Their promises', 'They', facts.employerKept, facts.employerBroken),
    promises('Our promises', 'We', facts.usKept, facts.usBroken),
    repeat(facts.employerPromisesMade),
    length(facts.relationshipMonths),
    trust(facts.trustStrengthenedLevels, facts.trustWeakenedLevels),
  ];
  const score = Math.max(
    0,
    evidence.reduce((sum, item) => sum + item.points, 0),
  );
  const fromScore = score <= 1 ? 1 : score <= 3 ? 2 : score <= 5 ? 3 : score <= 7 ? 4 : 5;
  // Relational means in depth and sustained now: not a relationship that has lapsed, however
  // rich its history.
  const lapsed = (facts.phase === 'dormant' || facts.phase === 'ended') && fromScore > 3;
  if (lapsed) {
    evidence.push({
      ...item(
        'Phase',
        `The relationship is ${facts.phase} now, so it is not suggested as relational, whatever its history.`,
        0,
      ),
      effect: 'lowers',
    });
  }
  const depth = lapsed ? 3 : fromScore;
  return { depth, score, evidence: evidence.map(({ points: _points, ...item }) => item), facts };
}

function item(factor: string, sentence: string, points: number) {
  return { factor, sentence, points, effect: points > 0 ? 'raises' : points < 0 ? 'lowers' : 'neutral' } as const;
}

function contact(months: number) {
  const points = months >= 9 ? 3 : months >= 5 ? 2 : months >= 2 ? 1 : 0;
  const how =
    months >= 9 ? 'regular and sustained' : months >= 5 ? 'fairly regular' : months >= 2 ? 'occasional' : 'ad hoc';
  return item('Regular contact', `Contact in ${months} of the last 12 months: ${how}.`, points);
}

function people(count: number) {
  if (count >= 2) {
    return item(
      'People engaged',
      `You dealt with ${count} people there in the last 12 months, so it does not hang on one person.`,
      count >= 3 ? 2 : 1,
    );
  }
  return item(
    'People engaged',
    count === 1
      ? 'All contact in the last 12 months was with one person: single-threaded.'
      : 'No named people in the last 12 months of contact.',
    0,
  );
}

function promises(factor: string, who: 'They' | 'We', kept: number, broken: number) {
  const resolved = kept + broken;
  if (resolved === 0) return item(factor, `${who} have no kept or broken promises yet.`, 0);
  const record = `${who} kept ${kept} of ${resolved} settled ${resolved === 1 ? 'promise' : 'promises'}.`;
  if (broken > kept) return item(factor, `${record} More were broken than kept.`, -1);
  return item(factor, record, resolved >= 2 && kept / resolved >= 0.75 ? 1 : 0);
}

function repeat(made: number) {
  return item(
    'Repeat activity',
    made === 0
      ? 'They made no offers or promises in the last 12 months.'
      : `They made ${plural(made, 'offer or promise', 'offers or promises')} in the last 12 months${made >= 3 ? ': repeat activity' : ''}.`,
    made >= 3 ? 1 : 0,
  );
}

function length(months: number) {
  if (months === 0) return item('Length of the relationship', 'No contact recorded yet.', 0);
  const years = Math.floor(months / 12);
  const span = years >= 1 ? `${plural(years, 'year')}` : `${plural(months, 'month')}`;
  return item('Length of the relationship', `First contact ${span} ago.`, months >= 24 ? 2 : months >= 12 ? 1 : 0);
}

function trust(strengthened: number, weakened: number) {
  if (strengthened === 0 && weakened === 0) return item('Trust', 'No trust notes, or the latest ones say steady.', 0);
  const parts = [
    strengthened ? `strengthened at ${plural(strengthened, 'level')}` : null,
    weakened ? `weakened at ${plural(weakened, 'level')}` : null,
  ].filter(Boolean);
  return item('Trust', `The latest trust notes say trust ${parts.join(' and ')}.`, Math.sign(strengthened - weakened));
}
