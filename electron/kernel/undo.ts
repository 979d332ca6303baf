// Undo and redo: a change set's rows put back as they were before it (undo) or after it (redo).
// Only what the change set itself changed is compared and written, so later changes to other
// fields of the same rows are kept. If one of its rows was changed since, nothing is written and
// the message says which row, and by what.
import { sql } from 'kysely';
import { formatDate } from '../../shared/dates';
import { DomainError } from '../../shared/result';
import { withSummariesAfter } from '../db/employer-summaries';
import type { ServiceContext } from './context';
import { described, RecordedRows, type Image } from './rows';

type Net = {
  entity: string;
  entityId: string;
  before: Image | null;
  after: Image | null;
  firstSeq: number;
  lastSeq: number;
};

/** Moved along by every write, not part of what a change set means: never a reason to refuse. */
const stamp = 'updated_at';

export async function putBack(ctx: ServiceContext, changeSetId: string, direction: 'undo' | 'redo') {
  const nets = await netChanges(ctx, changeSetId);
  const lastSeq = await lastWritten(ctx, changeSetId, direction);
  const rows = new RecordedRows(ctx);
  const planned: Planned[] = [];
  for (const entity of new Set(nets.map((net) => net.entity))) {
    const ofEntity = nets.filter((net) => net.entity === entity);
    const current = await rows.now(
      entity,
      ofEntity.map((net) => net.entityId),
    );
    for (const net of ofEntity) {
      const [from, to] = direction === 'undo' ? [net.after, net.before] : [net.before, net.after];
      const now = current.get(net.entityId) ?? null;
      const changed = changedColumns(net);
      const same =
        from === null ? now === null : now !== null && changed.every((column) => now[column] === from[column]);
      if (!same) throw await changedSince(ctx, { ...now, ...(net.after ?? net.before) }, net, lastSeq, direction);
      planned.push({ net, key: await rows.where(entity, net.entityId), current: now, from, to, changed });
    }
  }
  // In the order first touched: newest first for an undo, so what was added last (a contact's
  // people) goes before what it belongs to; in the original order for a redo.
  planned.sort((a, b) => (direction === 'undo' ? b.net.firstSeq - a.net.firstSeq : a.net.firstSeq - b.net.firstSeq));
  const putAll = async () => {
    for (const step of planned) {
      const { net, current } = step;
      await apply(ctx, step).catch((error: unknown) => {
        if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_FOREIGNKEY') throw error;
        throw new DomainError(
          'conflict',
          `This cannot be ${direction === 'undo' ? 'undone' : 'redone'}: something added since belongs to ${described(net.entity, { ...current, ...(net.after ?? net.before) })}. Undo that first, or move it to Trash.`,
        );
      });
    }
  };
  await withSummariesAfter(ctx.db, planned.length, putAll, () => employersOf(ctx, nets));
}

type Planned = {
  net: Net;
  key: ReturnType<typeof sql>;
  current: Image | null;
  from: Image | null;
  to: Image | null;
  changed: string[];
};

async function apply(ctx: ServiceContext, { net, key: where, current, from, to, changed }: Planned) {
  const table = sql.table(net.entity);
  if (to === null) {
    await sql`delete from ${table} where ${where}`.execute(ctx.db);
  } else if (current === null) {
    const columns = Object.keys(to);
    await sql`insert into ${table} (${sql.join(columns.map((column) => sql.ref(column)))})
      values (${sql.join(columns.map((column) => to[column]))})`.execute(ctx.db);
  } else {
    const values: Image = Object.fromEntries(changed.map((column) => [column, to[column]]));
    // The edit stamp goes back too, unless something else has moved it on since.
    if (stamp in to) values[stamp] = current[stamp] === from?.[stamp] ? to[stamp] : ctx.now();
    const set = Object.entries(values).map(([column, value]) => sql`${sql.ref(column)} = ${value}`);
    if (set.length > 0) await sql`update ${table} set ${sql.join(set)} where ${where}`.execute(ctx.db);
  }
}

/** The last row written by the change set, or for a redo by the undo it reverses: later rows
 * touching the same records are what stands in the way. */
async function lastWritten(ctx: ServiceContext, changeSetId: string, direction: 'undo' | 'redo') {
  const undoneBy = ctx.db.selectFrom('changeSet').select('undoneBy').where('id', '=', changeSetId);
  const last = await ctx.db
    .selectFrom('changeLog')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('changeSetId', '=', direction === 'undo' ? changeSetId : undoneBy)
    .executeTakeFirst();
  return Number(last?.seq ?? 0);
}

/** What each row looked like before the change set and after it, in the order first touched. */
async function netChanges(ctx: ServiceContext, changeSetId: string): Promise<Net[]> {
  const rows = await ctx.db
    .selectFrom('changeLog')
    .select(['seq', 'entity', 'entityId', 'action', 'before', 'after'])
    .where('changeSetId', '=', changeSetId)
    .orderBy('seq')
    .execute();
  const nets = new Map<string, Net>();
  for (const row of rows) {
    const erased = (row.action !== 'insert' && row.before === null) || (row.action !== 'delete' && row.after === null);
    if (erased) {
      throw new DomainError(
        'conflict',
        'Part of this change has since been deleted for good or erased, so it cannot be put back.',
      );
    }
    const before = row.before === null ? null : (JSON.parse(row.before) as Image);
    const after = row.after === null ? null : (JSON.parse(row.after) as Image);
    const key = `${row.entity}\u0000${row.entityId}`;
    const net = nets.get(key);
    // An update holds only the columns it changed: the row before the change set is its first
    // state of each column, the row after it its last.
    if (net) {
      net.before = net.before && before ? { ...before, ...net.before } : net.before;
      net.after = after && net.after ? { ...net.after, ...after } : after;
      net.lastSeq = row.seq;
    } else
      nets.set(key, { entity: row.entity, entityId: row.entityId, before, after, firstSeq: row.seq, lastSeq: row.seq });
  }
  return [...nets.values()];
}

function changedColumns({ before, after }: Net): string[] {
  const columns = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])].filter(
    (column) => column !== stamp,
  );
  if (!before || !after) return columns;
  return columns.filter((column) => before[column] !== after[column]);
}

/** The employers whose summaries the rows put back may change. */
async function employersOf(ctx: ServiceContext, nets: Net[]): Promise<string[]> {
  const employers = new Set<string>();
  const contacts = new Set<string>();
  for (const net of nets) {
    if (net.entity === 'employer') employers.add(net.entityId);
    for (const image of [net.before, net.after]) {
      if (typeof image?.employer_id === 'string') employers.add(image.employer_id);
      if (net.entity === 'interaction_person' && typeof image?.interaction_id === 'string')
        contacts.add(image.interaction_id);
    }
  }
  if (contacts.size > 0) {
    const { rows } = await sql<{ employerId: string }>`select employer_id from interaction
      where id in (select value from json_each(${JSON.stringify([...contacts])}))`.execute(ctx.db);
    for (const row of rows) employers.add(row.employerId);
  }
  return [...employers];
}

async function changedSince(ctx: ServiceContext, row: Image, net: Net, lastSeq: number, direction: 'undo' | 'redo') {
  const later = await ctx.db
    .selectFrom('changeLog as l')
    .leftJoin('changeSet as s', 's.id', 'l.changeSetId')
    .select(['s.sentence', 's.at'])
    .where('l.entity', '=', net.entity)
    .where('l.entityId', '=', net.entityId)
    .where('l.seq', '>', lastSeq)
    .orderBy('l.seq', 'desc')
    .executeTakeFirst();
  const what = described(net.entity, row);
  const by = later?.sentence ? ` by “${later.sentence}” on ${formatDate(later.at!)}` : '';
  const undoFirst = later?.sentence ? ' Undo that first.' : '';
  return new DomainError(
    'conflict',
    `This cannot be ${direction === 'undo' ? 'undone' : 'redone'}: ${what} was changed after it${by}, and nothing has been changed now.${undoFirst}`,
  );
}
