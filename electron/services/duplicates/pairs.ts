// Likely pairs among many records: each record gives a few keys (its name written plainly, its
// phone number, email, website, postcode); records sharing a key pair up, and each shared key
// is a reason with a weight. Only pairs whose reasons weigh enough are offered.

/** A key the record shares with any other that has it, and why sharing it matters. */
export type Clue<R> = { key: string; weight: number; reason: string | ((first: R, second: R) => string) };

export type Pair = { firstId: string; secondId: string; weight: number; reasons: string[] };

/** A key shared by more records than this says nothing about any two of them (a switchboard). */
const commonKey = 12;

export function likelyPairs<R extends { id: string }>(
  records: R[],
  cluesOf: (record: R) => Clue<R>[],
  { enough, notTheSame }: { enough: number; notTheSame: Set<string> },
): Pair[] {
  // Most keys belong to one record only: a group is made only when a second record shares it.
  const firstWith = new Map<string, R>();
  const groups = new Map<string, { clue: Clue<R>; sharing: R[] }>();
  // In id order, so each group is too, and each pair comes out the same way round.
  for (const record of [...records].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    for (const clue of cluesOf(record)) {
      // A record giving one key twice (the same address as its first and another) is one record.
      const group = groups.get(clue.key);
      if (group) {
        if (group.sharing.at(-1) !== record) group.sharing.push(record);
      } else {
        const first = firstWith.get(clue.key);
        if (!first) firstWith.set(clue.key, record);
        else if (first !== record) groups.set(clue.key, { clue, sharing: [first, record] });
      }
    }
  }
  const pairs = new Map<string, Pair>();
  for (const { clue, sharing } of groups.values()) {
    if (sharing.length > commonKey) continue;
    for (let i = 0; i < sharing.length; i++) {
      for (let j = i + 1; j < sharing.length; j++) {
        const [first, second] = [sharing[i]!, sharing[j]!];
        const key = pairKey(first.id, second.id);
        if (notTheSame.has(key)) continue;
        const pair = pairs.get(key) ?? { firstId: first.id, secondId: second.id, weight: 0, reasons: [] };
        pair.weight += clue.weight;
        pair.reasons.push(typeof clue.reason === 'string' ? clue.reason : clue.reason(first, second));
        pairs.set(key, pair);
      }
    }
  }
  return [...pairs.values()].filter((pair) => pair.weight >= enough).sort((a, b) => b.weight - a.weight);
}

export const pairKey = (firstId: string, secondId: string) => `${firstId} ${secondId}`;

/** Digits as dialled in the UK: "+44 (0)161 496 0000 ext. 12" and "0161 4960000" are one number. */
export function phoneKey(phone: string | null): string | null {
  if (!phone) return null;
  const digits = phone
    .replace(/\s*(ext\.?|extension|x)\s*\d+\s*$/i, '')
    .replace(/\(0\)/, '')
    .replace(/\D/g, '')
    .replace(/^(00)?44/, '0');
  return digits.length >= 9 ? digits : null;
}

/** A website as its host: "https://www.greggs.co.uk/jobs" is greggs.co.uk. */
export function websiteKey(website: string | null): string | null {
  if (!website) return null;
  const host = website
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .split(/[/:?#]/)[0];
  return host || null;
}

export const emailKey = (email: string | null) => (email ? email.trim().toLowerCase() : null);

/** A postcode without spaces or case: "m1 1ae" is M11AE. */
export const postcodeKey = (postcode: string | null) =>
  postcode ? postcode.replace(/\s+/g, '').toUpperCase() || null : null;
