// Colleagues' change sets, read from their folders and applied in clock order, each in one
// transaction under its own id, so every laptop ends with the same record whatever order the
// files arrived in. Two laptops changing different fields of a row both count; one field changed
// on both, the later change stands and the other value goes on the Conflicts list. A file still
// arriving, cut short or not the team's is left for the next sync; a "conflicted copy" a cloud
// drive made of a file is the same change set, applied once.
import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { ChangeSetTable, Database, TeamTable } from '../../db/schema';
import type { ServiceContext } from '../../kernel/context';
import { RecordedRows, tableShapes, type Image, type TableShapes } from '../../kernel/rows';
import { laptopSettings } from '../settings/store';
import { readSealed } from './folder';
import { changedUnknowing, changesWhatIsShown, trashedUnknowing } from './trashed';
import { knew, laterWrite, latestWrite, trash } from './writes';

type SharedRow = { entity: string; entityId: string; action: string; before: string | null; after: string | null };
/** A change set as a laptop shares it: the change_set row and the rows it touched. */
type SharedChange = Omit<ChangeSetTable, 'undoable' | 'undoneBy' | 'seen'> & {
  /** The clock time of the file its laptop wrote before it (null for the first). */
  previous?: string | null;
  /** Each colleague's newest change set its laptop had applied when it was made. */
  seen?: Record<string, string>;
  rows: SharedRow[];
};

/** A change set that needs one not here yet: the file before it, or the row it changes. */
class StillArriving extends Error {}

const stamp = 'updated_at';
const isShared = (value: unknown): value is SharedChange => {
  const change = value as SharedChange;
  return typeof change?.id === 'string' && typeof change.hlc === 'string' && Array.isArray(change.rows);
};

/** Colleagues' change sets not yet here, oldest first. */
async function waitingChanges(ctx: ServiceContext, team: TeamTable): Promise<SharedChange[]> {
  const root = path.join(team.folder, 'changes');
  const devices = fs.existsSync(root) ? fs.readdirSync(root).filter((device) => device !== ctx.clock.device) : [];
  const found = new Map<string, SharedChange>();
  for (const device of devices) {
    const folder = path.join(root, device);
    const { rows: known } = await sql<{ hlc: string }>`select hlc from change_set where device_id = ${device}`.execute(
      ctx.db,
    );
    const have = new Set(known.map((row) => row.hlc.replace(/[^0-9A-Za-z-]/g, '_')));
    for (const name of fs.readdirSync(folder)) {
      // Only whole files: "<time>.bwchange", or a drive's copy of one ("<time> (1).bwchange").
      if (!name.endsWith('.bwchange') || have.has(name.split(/[ .]/)[0]!)) continue;
      const opened = await readSealed(path.join(folder, name), team.key);
      if (!opened) continue;
      let change: unknown;
      try {
        change = JSON.parse(opened.toString('utf8'));
      } catch {
        continue;
      }
      if (isShared(change) && change.deviceId === device) found.set(change.id, change);
    }
  }
  const ids = [...found.keys()];
  if (ids.length > 0) {
    const { rows } = await sql<{
      id: string;
    }>`select id from change_set where id in (select value from json_each(${JSON.stringify(ids)}))`.execute(ctx.db);
    for (const { id } of rows) found.delete(id);
  }
  return [...found.values()].sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
}

/**
 * Applies what colleagues shared. A laptop's change set waits while the file before it, or a row
 * it changes, has not arrived; the others carry on, since which change stands is decided by the
 * clock, not by the order they are applied in.
 */
export async function applyWaiting(
  ctx: ServiceContext,
  team: TeamTable,
): Promise<{ applied: number; waiting: number }> {
  const changes = await waitingChanges(ctx, team);
  const blocked = new Set<string>();
  // Each table's columns are read once for the whole batch, not once per change set.
  const shapes = tableShapes();
  let applied = 0;
  for (const change of changes) {
    if (blocked.has(change.deviceId)) continue;
    try {
      if (change.previous && !(await isHere(ctx, change.previous))) throw new StillArriving();
      await ctx.db.transaction().execute((tx) => applyChange({ ...ctx, db: tx }, change, shapes));
    } catch (error) {
      const missing = (error as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
      if (!(error instanceof StillArriving) && !missing) throw error;
      blocked.add(change.deviceId);
      continue;
    }
    ctx.clock.receive(change.hlc);
    applied++;
  }
  return { applied, waiting: changes.length - applied };
}

async function isHere(ctx: ServiceContext, hlc: string) {
  return (await ctx.db.selectFrom('changeSet').select('id').where('hlc', '=', hlc).executeTakeFirst()) !== undefined;
}

async function applyChange(ctx: ServiceContext, change: SharedChange, shapes: TableShapes) {
  await sql`insert into temp.change_context (change_set_id, at, actor, procedure)
    values (${change.id}, ${change.at}, ${change.actor}, ${change.procedure})`.execute(ctx.db);
  try {
    const rows = new RecordedRows(ctx, shapes);
    for (const row of change.rows) await applyRow(ctx, rows, change, row);
  } finally {
    await sql`delete from temp.change_context`.execute(ctx.db);
  }
  await ctx.db
    .insertInto('changeSet')
    .values({
      id: change.id,
      hlc: change.hlc,
      deviceId: change.deviceId,
      actor: change.actor,
      procedure: change.procedure,
      sentence: change.sentence,
      at: change.at,
      // Undo acts on this laptop's own changes; a colleague's is undone on theirs.
      undoable: 0,
      undoes: change.undoes,
      redoes: change.redoes,
      undoneBy: null,
      seen: change.seen ? JSON.stringify(change.seen) : null,
    })
    .execute();
}

async function applyRow(ctx: ServiceContext, rows: RecordedRows, change: SharedChange, row: SharedRow) {
  // A colleague's own name or lock time is theirs; it does not change this laptop's.
  if (row.entity === 'setting' && laptopSettings.has(row.entityId)) return;
  const table = sql.table(row.entity);
  const where = await rows.where(row.entity, row.entityId);
  const now = (await rows.now(row.entity, [row.entityId])).get(row.entityId) ?? null;
  const after = row.after === null ? null : (JSON.parse(row.after) as Image);
  if (row.action === 'insert') {
    if (now || !after) return;
    const columns = Object.keys(after);
    await sql`insert into ${table} (${sql.join(columns.map((column) => sql.ref(column)))})
      values (${sql.join(columns.map((column) => after[column]))})`.execute(ctx.db);
    const employer = after.employer_id;
    if (typeof employer === 'string' && (await inTrash(ctx.db, employer))) {
      await bringBack(ctx, rows, change, 'employer', employer);
    }
    return;
  }
  if (!now) {
    // Gone here for good: nothing to change. Never here: it is still on its way.
    if (await deletedHere(ctx.db, row)) return;
    throw new StillArriving();
  }
  if (row.action === 'delete') {
    await sql`delete from ${table} where ${where}`.execute(ctx.db);
    return;
  }
  if (!after) return;
  const set: Image = {};
  let fields = Object.keys(after).filter((column) => column !== stamp);
  if (trash in after && after[trash] !== null) {
    // Moved to Trash while a colleague, not knowing, changed it: it stays, with their change (and
    // this move counts for nothing, here as on every laptop).
    const edit = await changedUnknowing(ctx.db, change, row.entity, row.entityId);
    if (edit) {
      fields = fields.filter((field) => field !== trash);
      await noteConflict(ctx, row, trash, null, after[trash], edit, change.id);
    }
  } else if (trash in now && now[trash] !== null && !(trash in after) && changesWhatIsShown(after)) {
    await bringBack(ctx, rows, change, row.entity, row.entityId);
  }
  for (const field of fields) {
    const later = await laterWrite(ctx.db, row, field, change.hlc);
    if (later) {
      // Changed here (or by a colleague) after this change: that stands.
      if (now[field] !== after[field])
        await noteConflict(ctx, row, field, now[field], after[field], later.id, change.id);
      continue;
    }
    const earlier = now[field] !== after[field] ? await latestWrite(ctx.db, row, field) : null;
    if (earlier && !knew(change, earlier)) {
      // Changed here at the same time, earlier by the clock: this change stands.
      await noteConflict(ctx, row, field, after[field], now[field], change.id, earlier.id);
    }
    set[field] = after[field];
  }
  if (Object.keys(set).length === 0) return;
  const same = Object.keys(set).filter((field) => now[field] === set[field]);
  if (same.length === Object.keys(set).length) {
    // Already so here (a colleague set the same value): the write is still kept in the log, so
    // who wrote the field last, and whether a record was changed, read alike on every laptop.
    await logUnchanged(ctx, row, Object.fromEntries(same.map((field) => [field, set[field]])));
  }
  if (stamp in after) set[stamp] = String(after[stamp]) > String(now[stamp] ?? '') ? after[stamp] : now[stamp];
  const assignments = Object.entries(set).map(([column, value]) => sql`${sql.ref(column)} = ${value}`);
  await sql`update ${table} set ${sql.join(assignments)} where ${where}`.execute(ctx.db);
  // A later change to a field settles what was listed about it before.
  await ctx.db
    .updateTable('teamConflict')
    .set({ resolvedAt: ctx.now() })
    .where('entity', '=', row.entity)
    .where('entityId', '=', row.entityId)
    .where('field', 'in', Object.keys(set))
    .where('resolvedAt', 'is', null)
    .where('otherChangeSetId', '!=', change.id)
    .where((eb) => eb.or([eb('keptChangeSetId', 'is', null), eb('keptChangeSetId', '!=', change.id)]))
    .execute();
}

/** A row in Trash comes back when this change was made without knowing it had been moved there. */
async function bringBack(ctx: ServiceContext, rows: RecordedRows, change: SharedChange, entity: string, id: string) {
  const image = (await rows.now(entity, [id])).get(id);
  if (!image || image[trash] === null || image[trash] === undefined) return;
  const trashing = await trashedUnknowing(ctx.db, change, entity, id);
  if (!trashing) return;
  await sql`update ${sql.table(entity)} set ${sql.ref(trash)} = null where ${await rows.where(entity, id)}`.execute(
    ctx.db,
  );
  await noteConflict(ctx, { entity, entityId: id }, trash, null, image[trash], change.id, trashing);
}

async function logUnchanged(ctx: ServiceContext, row: SharedRow, values: Image) {
  const image = JSON.stringify(values);
  await sql`insert into change_log (id, at, actor, procedure, entity, entity_id, action, before, after, change_set_id)
    select c.change_set_id || '.' || (coalesce((select max(seq) from main.change_log), 0) + 1), c.at, c.actor,
      c.procedure, ${row.entity}, ${row.entityId}, 'update', ${image}, ${image}, c.change_set_id
    from temp.change_context c`.execute(ctx.db);
}

async function inTrash(db: Kysely<Database>, employerId: string) {
  const { rows } = await sql`select 1 from employer where id = ${employerId} and deleted_at is not null`.execute(db);
  return rows.length > 0;
}

async function deletedHere(db: Kysely<Database>, row: SharedRow) {
  const { rows } = await sql`select 1 from change_log where entity = ${row.entity} and entity_id = ${row.entityId}
    and action in ('delete', 'purge', 'erase') limit 1`.execute(db);
  return rows.length > 0;
}

/** The newest change set after `hlc` that wrote this field of this row, if any. */
async function noteConflict(
  ctx: ServiceContext,
  row: Pick<SharedRow, 'entity' | 'entityId'>,
  field: string,
  kept: unknown,
  other: unknown,
  keptBy: string,
  otherBy: string,
) {
  await ctx.db
    .insertInto('teamConflict')
    .values({
      id: ctx.newId(),
      entity: row.entity,
      entityId: row.entityId,
      field,
      kept: JSON.stringify(kept ?? null),
      other: JSON.stringify(other ?? null),
      keptChangeSetId: keptBy,
      otherChangeSetId: otherBy,
      foundAt: ctx.now(),
      resolvedAt: null,
    })
    .execute();
}
