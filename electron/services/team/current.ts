import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** The team this laptop is in, if any: its folder as this laptop sees it, and its key. */
export function currentTeam(db: Kysely<Database>) {
  return db.selectFrom('team').selectAll().executeTakeFirst();
}
