// A record moved to Trash on one laptop while a colleague, not knowing, changed it on another:
// the change wins, the record comes back with it, and both laptops list what happened. Whether a
// change knew of another is read from what its laptop had applied when it was made (`seen`), so
// every laptop decides alike whichever of the two reaches it first.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { knew, latestWrite, type Clocked } from './writes';

/** Fields that say nothing about what a person changed. */
const bookkeeping = ['$.deleted_at', '$.updated_at'];

/**
 * A change set here that changed this row, or (for an employer) added something to it, without
 * knowing that `trashing` would move it to Trash; null if there is none.
 */
export async function changedUnknowing(
  db: Kysely<Database>,
  trashing: Clocked,
  entity: string,
  id: string,
): Promise<string | null> {
  const { rows: sets } = await sql<Omit<Clocked, 'seen'> & { seen: string | null }>`select id, device_id, hlc, seen
    from change_set where id != ${trashing.id}`.execute(db);
  // Made at the same time: neither knew of the other. This laptop's own knew nothing of a move
  // only now arriving; a colleague's says what it knew.
  const unknown = sets
    .filter(
      (set) =>
        !knew(trashing, set) &&
        !(set.seen && knew({ ...set, seen: JSON.parse(set.seen) as Record<string, string> }, trashing)),
    )
    .map((set) => set.id);
  if (unknown.length === 0) return null;
  const { rows } = await sql<{ changeSetId: string }>`select change_set_id from change_log
    where change_set_id in (select value from json_each(${JSON.stringify(unknown)}))
      and ((entity = ${entity} and entity_id = ${id} and json_remove(coalesce(after, '{}'), ${sql.join(bookkeeping)}) != '{}')
        or (${entity} = 'employer' and action = 'insert' and json_extract(after, '$.employer_id') = ${id}))
    order by seq desc limit 1`.execute(db);
  return rows[0]?.changeSetId ?? null;
}

/** The change set that moved this row to Trash, if `change` was made without knowing of it. */
export async function trashedUnknowing(
  db: Kysely<Database>,
  change: Clocked,
  entity: string,
  id: string,
): Promise<string | null> {
  const trashing = await latestWrite(db, { entity, entityId: id }, 'deleted_at');
  // Made at the same time: neither knew of the other (a move to Trash made knowing of the change stands).
  return trashing && !knew(change, trashing) && !knew(trashing, change) ? trashing.id : null;
}

/** Whether a change's fields say more than where the row is and when it was saved. */
export const changesWhatIsShown = (after: Record<string, unknown>) =>
  Object.keys(after).some((field) => !bookkeeping.includes(`$.${field}`));
