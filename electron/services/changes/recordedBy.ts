// Who recorded a thing, read from the change log rather than kept on every row: the name on the
// change set that added it (or, for a field, last wrote it). Changes made before anyone gave a
// name in Settings are by nobody in particular, and say nothing.
import { sql, type Kysely } from 'kysely';
import { unnamed } from '../../../shared/changes/schema';
import type { Database } from '../../db/schema';

/** A row of an entity, and optionally the field whose latest writer is wanted. */
export type RecordRef = { entity: string; id: string; field?: string };

export const whoKey = ({ entity, id, field }: RecordRef) => `${entity}:${id}:${field ?? ''}`;

/** The name of whoever recorded each row (or last set the field), keyed by `whoKey(ref)`. */
export async function recordedBy(db: Kysely<Database>, refs: RecordRef[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const groups = new Map<string, RecordRef[]>();
  for (const ref of refs) {
    const group = `${ref.entity}:${ref.field ?? ''}`;
    groups.set(group, [...(groups.get(group) ?? []), ref]);
  }
  for (const group of groups.values()) {
    const { entity, field } = group[0]!;
    const ids = JSON.stringify([...new Set(group.map((ref) => ref.id))]);
    const which = field ? sql`json_type(cl.after, ${`$.${field}`}) is not null` : sql`cl.action = 'insert'`;
    // From the page's ids into the change log's index, whatever the log's size.
    const { rows } = await sql<{ id: string; actor: string }>`
      select cl.entity_id as id, cs.actor from json_each(${ids}) j
        cross join change_log cl on cl.entity = ${entity} and cl.entity_id = j.value
        join change_set cs on cs.id = cl.change_set_id
      where ${which} order by cl.seq`.execute(db);
    // In log order, so the latest writer of a field is the one kept.
    for (const row of rows) {
      if (row.actor !== unnamed) found.set(whoKey({ entity, id: row.id, field }), row.actor);
      else found.delete(whoKey({ entity, id: row.id, field }));
    }
  }
  return found;
}
