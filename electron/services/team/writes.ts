// Who last wrote a field of a row, by the clock, and whether one change set was made knowing of
// another: what both merging and bringing records back from Trash decide by.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** Where a record is in Trash or not. */
export const trash = 'deleted_at';

type Row = { entity: string; entityId: string };

/** A change set as far as knowing goes: its laptop, its clock time, and what it had of others'. */
export type Clocked = { id: string; deviceId: string; hlc: string; seen?: Record<string, string> };

/** Whether `change` was made knowing of `other`. A file from before laptops said knew only what came before it. */
export function knew(change: Clocked, other: Omit<Clocked, 'id' | 'seen'>) {
  if (other.deviceId === change.deviceId) return other.hlc <= change.hlc;
  const seen = change.seen ? (change.seen[other.deviceId] ?? '') : change.hlc;
  return other.hlc <= seen;
}

/**
 * The newest change set after `hlc` that wrote this field of this row, if any. A move to Trash
 * that counted for nothing (a colleague changed the record without knowing of it) is not one.
 */
export async function laterWrite(db: Kysely<Database>, row: Row, field: string, hlc: string): Promise<Clocked | null> {
  const { rows } = await sql<Omit<Clocked, 'seen'> & { seen: string | null; position: number }>`
    select cs.id, cs.device_id, cs.hlc, cs.seen, cs.rowid as position
    from change_log cl join change_set cs on cs.id = cl.change_set_id
    where cl.entity = ${row.entity} and cl.entity_id = ${row.entityId} and cs.hlc > ${hlc}
      and json_type(cl.after, ${`$.${field}`}) is not null
      and (${field} != ${trash} or cs.id not in (select other_change_set_id from team_conflict
        where entity = ${row.entity} and entity_id = ${row.entityId} and field = ${trash}))
    order by cs.hlc desc limit 1`.execute(db);
  const found = rows[0];
  if (!found) return null;
  const { seen, position, ...set } = found;
  return { ...set, seen: seen ? (JSON.parse(seen) as Record<string, string>) : await seenHere(db, position) };
}

/** What this laptop had of each laptop's work when a change set was made or arrived here. */
async function seenHere(db: Kysely<Database>, position: number) {
  const { rows } = await sql<{ deviceId: string; hlc: string }>`select device_id, max(hlc) as hlc from change_set
    where rowid < ${position} group by device_id`.execute(db);
  return Object.fromEntries(rows.map((known) => [known.deviceId, known.hlc]));
}

export async function latestWrite(db: Kysely<Database>, row: Row, field: string) {
  return laterWrite(db, row, field, '');
}
