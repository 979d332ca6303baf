import type { Kysely } from 'kysely';
import type { Vocabulary } from '../../../shared/contract';
import { DomainError } from '../../../shared/result';
import { vocabularyListNames, type VocabularyLabel, type VocabularyListName } from '../../../shared/vocabulary';
import type { Database } from '../../db/schema';

export async function listVocabulary(db: Kysely<Database>): Promise<Vocabulary> {
  const rows = await db
    .selectFrom('vocabulary')
    .select(['list', 'code', 'label', 'help', 'sortOrder'])
    .where('deletedAt', 'is', null)
    .orderBy('list')
    .orderBy('sortOrder')
    .execute();
  const vocabulary = Object.fromEntries(vocabularyListNames.map((name) => [name, []])) as unknown as Vocabulary;
  for (const { list, ...entry } of rows) {
    vocabulary[list as VocabularyListName]?.push(entry);
  }
  return vocabulary;
}

/** The provider's label for a code, as people read it; the code itself if it has gone from the list. */
export async function vocabularyLabels(db: Kysely<Database>): Promise<VocabularyLabel> {
  const vocabulary = await listVocabulary(db);
  return (list, code) => vocabulary[list].find((term) => term.code === code)?.label ?? code ?? '';
}

/** Rejects a code that is not (or no longer) in the named list, naming the field it came from. */
export async function requireKnownCodes(
  db: Kysely<Database>,
  checks: { field: string; list: VocabularyListName; code: string | null | undefined; label: string }[],
): Promise<void> {
  const wanted = checks.filter((check) => check.code != null);
  if (wanted.length === 0) return;
  const rows = await db
    .selectFrom('vocabulary')
    .select(['list', 'code'])
    .where('deletedAt', 'is', null)
    .where((eb) => eb.or(wanted.map((c) => eb.and([eb('list', '=', c.list), eb('code', '=', c.code!)]))))
    .execute();
  const known = new Set(rows.map((row) => `${row.list}:${row.code}`));
  for (const check of wanted) {
    if (!known.has(`${check.list}:${check.code}`)) {
      throw new DomainError('invalid_input', `Choose a ${check.label} from the list`, check.field);
    }
  }
}
