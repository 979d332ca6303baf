import { sql, type Kysely } from 'kysely';

/** A default term: list, code, label, help, and its place in the list. */
export type Term = [list: string, code: string, label: string, help: string | null, sortOrder: number];

/** Adds default terms. Migrations carry their own terms, so a later change to the lists in
 * shared/vocabulary.ts cannot change what an old migration writes. */
export async function insertTerms(db: Kysely<unknown>, terms: Term[]) {
  const now = new Date().toISOString();
  for (const [list, code, label, help, sortOrder] of terms) {
    await sql`insert into vocabulary (list, code, label, help, sort_order, created_at, updated_at)
      values (${list}, ${code}, ${label}, ${help}, ${sortOrder}, ${now}, ${now})`.execute(db);
  }
}
