// What the list shows of the pairs found: the likeliest first, each side described so a person
// can tell them apart; and the pairs already said to be not the same, left out.
import type { Kysely } from 'kysely';
import type { DuplicateKind, DuplicateRecord, PossibleDuplicates } from '../../../shared/duplicates/schema';
import type { Database } from '../../db/schema';
import { pairKey, type Pair } from './pairs';

/** More than a person would work through in one sitting; merging some shows the next. */
const shownAtOnce = 50;

export async function shown(
  pairs: Pair[],
  describe: (ids: string[]) => Promise<DuplicateRecord[]>,
): Promise<PossibleDuplicates> {
  const first = pairs.slice(0, shownAtOnce);
  const ids = [...new Set(first.flatMap((pair) => [pair.firstId, pair.secondId]))];
  const described = new Map((ids.length > 0 ? await describe(ids) : []).map((record) => [record.id, record]));
  return {
    pairs: first.map((pair) => ({
      first: described.get(pair.firstId)!,
      second: described.get(pair.secondId)!,
      reasons: pair.reasons,
    })),
    total: pairs.length,
  };
}

export async function notTheSamePairs(db: Kysely<Database>, kind: DuplicateKind): Promise<Set<string>> {
  const rows = await db.selectFrom('notDuplicate').select(['firstId', 'secondId']).where('kind', '=', kind).execute();
  return new Set(rows.map((row) => pairKey(row.firstId, row.secondId)));
}
