// Note text with a realistic spread of words: a few very common, most rare (Zipf's law),
// so that search is measured against text like the real thing.
import { seededRandom, weightedTable, type Random } from './random';

const domainWords = `candidate candidates interview interviews vacancy vacancies warehouse shift shifts manager
  placement placements trial apprenticeship training induction feedback referral referrals rota contract
  hours pay wage recruitment application applications CV references DBS uniform safety forklift kitchen
  cleaning care customer retail delivery driver drivers site visit meeting call email agreed promised
  deadline Friday Monday Tuesday Wednesday Thursday next week month start started starter mentoring
  workshop taster open day jobs fair guaranteed screening shortlisted offered declined withdrew sustained
  progression promotion supervisor team head office local discretion budget funding programme cohort
  confidence travel bus childcare flexible part-time full-time temporary permanent seasonal Christmas
  summer health wellbeing support coach adviser employer partnership relationship trust commitment`.split(/\s+/);

const commonWords = `the a to and of in for on with they we their our about is was will be have has had
  that this it at as from by are were would could should can not but so if then also just more some
  two three four five first last good well very really need needs want wants asked said told`.split(/\s+/);

function rareWords(random: Random, count: number): string[] {
  const syllables = [
    'bar',
    'ton',
    'mel',
    'rid',
    'ash',
    'cor',
    'len',
    'vis',
    'pra',
    'dun',
    'hol',
    'kes',
    'mor',
    'tal',
    'wyn',
  ];
  const words = new Set<string>();
  while (words.size < count) {
    words.add(Array.from({ length: random.int(2, 3) }, () => random.pick(syllables)).join(''));
  }
  return [...words];
}

export function noteWriter(seed: number) {
  const random = seededRandom(seed);
  const vocabulary = [...commonWords, ...domainWords, ...rareWords(random, 3000)].filter(Boolean);
  const table = weightedTable(vocabulary.map((word, rank) => [word, 1 / (rank + 1)] as const));
  return (wordCount: number): string => {
    const sentences: string[] = [];
    let remaining = wordCount;
    while (remaining > 0) {
      const length = Math.min(remaining, random.int(6, 16));
      const words = Array.from({ length }, () => random.weighted(table));
      words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
      sentences.push(`${words.join(' ')}.`);
      remaining -= length;
    }
    return sentences.join(' ');
  };
}
