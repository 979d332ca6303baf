import { sql, type Kysely } from 'kysely';
import { vocabularyLists, type VocabularyListName } from '../../../shared/vocabulary';

/** Adds the default terms of the named lists; each migration seeds the lists it introduces. */
export async function seedVocabulary(db: Kysely<unknown>, lists: VocabularyListName[]) {
  const now = new Date().toISOString();
  for (const list of lists) {
    for (const [index, term] of vocabularyLists[list].entries()) {
      const help = 'help' in term ? term.help : null;
      await sql`insert into vocabulary (list, code, label, help, sort_order, created_at, updated_at)
        values (${list}, ${term.code}, ${term.label}, ${help}, ${index + 1}, ${now}, ${now})`.execute(db);
    }
  }
}
