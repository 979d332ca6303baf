// A record moved to Trash on one laptop while a colleague, not knowing, changed it on another:
// the change wins, the record comes back with it, and both laptops list what happened. Whether a
// change knew of another is read from what its laptop had applied when it was made (`seen`), so
// every laptop decides alike whichever of the two reaches it first.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** A change set as far as knowing goes: its laptop, its clock time, and what it had of others'. */
export type Clocked = { id: string; deviceId: string; hlc: string; seen?: Record<string, string> };

/** Fields that say nothing about what a person changed. */
const bookkeeping = ['$.deleted_at', '$.updated_at'];

/** Whether `change` was made knowing of `other`. A file from before laptops said knew only what came before it. */
function knew(change: Clocked, other: Omit<Clocked, 'id' | 'seen'>) {
  if (other.deviceId === change.deviceId) return other.hlc <= change.hlc;
  const seen = change.seen ? (change.seen[other.deviceId] ?? '') : change.hlc;
  return other.hlc <= seen;
}

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
  const { rows: sets } = await sql<Omit<Clocked, 'seen'>>`select id, device_id, hlc from change_set
    where id != ${trashing.id}`.execute(db);
  const unknown = sets.filter((set) => !knew(trashing, set)).map((set) => set.id);
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
  const { rows } = await sql<Omit<Clocked, 'seen'>>`select cs.id, cs.device_id, cs.hlc
    from change_log cl join change_set cs on cs.id = cl.change_set_id
    where cl.entity = ${entity} and cl.entity_id = ${id} and json_extract(cl.after, '$.deleted_at') is not null
    order by cl.seq desc limit 1`.execute(db);
  const trashing = rows[0];
  return trashing && !knew(change, trashing) ? trashing.id : null;
}

/** Whether a change's fields say more than where the row is and when it was saved. */
export const changesWhatIsShown = (after: Record<string, unknown>) =>
  Object.keys(after).some((field) => !bookkeeping.includes(`$.${field}`));
