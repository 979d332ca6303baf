// Likely pairs among many records: each record gives a few keys (its name written plainly, its
// phone number, email, website, postcode); records sharing a key pair up, and each shared key
// is a reason with a weight. Only pairs whose reasons weigh enough are offered.

/** Why sharing a kind of key matters, and how much: one for each kind, not each record. */
export type Clue<R> = { weight: number; reason: (first: R, second: R, key: string) => string };

export type Pair = { firstId: string; secondId: string; weight: number; reasons: string[] };

/** Gives each of a record's keys (prefixed by their kind, "email …"), with the clue it is. */
export type Keys<R> = (record: R, key: (key: string, clue: Clue<R>) => void) => void;

/** A key shared by more records than this says nothing about any two of them (a switchboard). */
const commonKey = 12;

export function likelyPairs<R extends { id: string }>(
  records: R[],
  keysOf: Keys<R>,
  {
    enough,
    notTheSame,
    more,
  }: {
    enough: number;
    notTheSame: Set<string>;
    /** Further reasons a pair found by its keys may have (two people at one employer). */
    more?: (first: R, second: R) => { weight: number; reason: string }[];
  },
): Pair[] {
  // Most keys belong to one record only: a group is made only when a second record shares it.
  const firstWith = new Map<string, R>();
  const groups = new Map<string, { clue: Clue<R>; sharing: R[] }>();
  for (const record of records) {
    keysOf(record, (key, clue) => {
      // A record giving one key twice (the same address as its first and another) is one record.
      const group = groups.get(key);
      if (group) {
        if (group.sharing.at(-1) !== record) group.sharing.push(record);
      } else {
        const first = firstWith.get(key);
        if (!first) firstWith.set(key, record);
        else if (first !== record) groups.set(key, { clue, sharing: [first, record] });
      }
    });
  }
  const pairs = new Map<
    string,
    {
      firstId: string;
      secondId: string;
      first: R;
      second: R;
      weight: number;
      reasons: { weight: number; reason: string }[];
    }
  >();
  for (const [key, { clue, sharing }] of groups) {
    if (sharing.length > commonKey) continue;
    for (let i = 0; i < sharing.length; i++) {
      for (let j = i + 1; j < sharing.length; j++) {
        // The older record first (ids are in time order), however the records came.
        const [first, second] =
          sharing[i]!.id < sharing[j]!.id ? [sharing[i]!, sharing[j]!] : [sharing[j]!, sharing[i]!];
        const id = pairKey(first.id, second.id);
        if (notTheSame.has(id)) continue;
        let pair = pairs.get(id);
        if (!pair) {
          pair = { firstId: first.id, secondId: second.id, first, second, weight: 0, reasons: [] };
          pairs.set(id, pair);
        }
        pair.weight += clue.weight;
        pair.reasons.push({ weight: clue.weight, reason: clue.reason(first, second, key.slice(key.indexOf(' ') + 1)) });
      }
    }
  }
  for (const pair of more ? pairs.values() : []) {
    for (const extra of more!(pair.first, pair.second)) {
      pair.weight += extra.weight;
      pair.reasons.push(extra);
    }
  }
  return [...pairs.values()]
    .filter((pair) => pair.weight >= enough)
    .sort((a, b) => b.weight - a.weight)
    .map(({ firstId, secondId, weight, reasons }) => ({
      firstId,
      secondId,
      weight,
      // The weightiest reason first.
      reasons: reasons.sort((a, b) => b.weight - a.weight).map(({ reason }) => reason),
    }));
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
