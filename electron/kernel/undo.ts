// Undo and redo: a change set's rows put back as they were before it (undo) or after it (redo).
// Only what the change set itself changed is compared and written, so later changes to other
// fields of the same rows are kept. If one of its rows was changed since, nothing is written and
// the message says which row, and by what.
import { sql } from 'kysely';
import { formatDate } from '../../shared/dates';
import { DomainError } from '../../shared/result';
import type { ServiceContext } from './context';

type Image = Record<string, unknown>;
type Net = { entity: string; entityId: string; before: Image | null; after: Image | null; lastSeq: number };

/** Moved along by every write, not part of what a change set means: never a reason to refuse. */
const stamp = 'updated_at';

export async function putBack(ctx: ServiceContext, changeSetId: string, direction: 'undo' | 'redo') {
  const nets = await netChanges(ctx, changeSetId);
  const lastSeq = await lastWritten(ctx, changeSetId, direction);
  const planned: Planned[] = [];
  for (const net of nets) {
    const [from, to] = direction === 'undo' ? [net.after, net.before] : [net.before, net.after];
    const key = await keyOf(ctx, net.entity, net.entityId);
    const current = await currentImage(ctx, net.entity, key, Object.keys(from ?? to ?? {}));
    const changed = changedColumns(net);
    const same =
      from === null
        ? current === null
        : current !== null && changed.every((column) => current[column] === from[column]);
    if (!same) throw await changedSince(ctx, net, lastSeq, direction);
    planned.push({ net, key, current, from, to, changed });
  }
  // Newest first for an undo, so what was added last (a contact's people) goes before what it
  // belongs to; in the original order for a redo.
  if (direction === 'undo') planned.reverse();
  for (const step of planned) {
    const { net } = step;
    await apply(ctx, step).catch((error: unknown) => {
      if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_FOREIGNKEY') throw error;
      throw new DomainError(
        'conflict',
        `This cannot be ${direction === 'undo' ? 'undone' : 'redone'}: something added since belongs to ${described(net.entity, net.after ?? net.before)}. Undo that first, or move it to Trash.`,
      );
    });
  }
}

type Planned = {
  net: Net;
  key: { where: unknown };
  current: Image | null;
  from: Image | null;
  to: Image | null;
  changed: string[];
};

async function apply(ctx: ServiceContext, { net, key, current, from, to, changed }: Planned) {
  const table = sql.table(net.entity);
  const where = key.where as never;
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
    if (net) Object.assign(net, { after, lastSeq: row.seq });
    else nets.set(key, { entity: row.entity, entityId: row.entityId, before, after, lastSeq: row.seq });
  }
  return [...nets.values()];
}

function changedColumns({ before, after }: Net): string[] {
  const columns = Object.keys(after ?? before ?? {}).filter((column) => column !== stamp);
  if (!before || !after) return columns;
  return columns.filter((column) => before[column] !== after[column]);
}

async function keyOf(ctx: ServiceContext, table: string, entityId: string) {
  const columns = (
    await sql<{ name: string }>`select name from pragma_table_info(${table}) where pk > 0 order by pk`.execute(ctx.db)
  ).rows.map((row) => row.name);
  const values = columns.length === 1 ? [entityId] : (JSON.parse(entityId) as unknown[]);
  return {
    where: sql.join(
      columns.map((column, index) => sql`${sql.ref(column)} = ${values[index]}`),
      sql` and `,
    ),
  };
}

async function currentImage(ctx: ServiceContext, table: string, key: { where: unknown }, columns: string[]) {
  const image = sql.join(columns.map((column) => sql`${sql.lit(column)}, ${sql.ref(column)}`));
  const found = await sql<{ image: string }>`select json_object(${image}) as image from ${sql.table(table)}
    where ${key.where as never}`.execute(ctx.db);
  return found.rows[0] ? (JSON.parse(found.rows[0].image) as Image) : null;
}

const kinds: Record<string, string> = {
  employer: 'an employer',
  person: 'a person',
  affiliation: 'a role at an employer',
  interaction: 'a contact',
  interaction_person: 'who was at a contact',
  trust_note: 'a trust note',
  commitment: 'a promise',
  assessment: 'a depth assessment',
  phase_change: 'a phase move',
  programme: 'a programme',
  opportunity: 'an opportunity',
  referral: 'a referral',
  referral_step: 'a referral’s step',
  sustainment_check: 'a job check',
  progression: 'a progression',
  evidence: 'evidence',
  case_study: 'a case study',
  setting: 'a setting',
};

/** The row a person would recognise: its name, summary or title where it has one. */
function described(entity: string, image: Image | null): string {
  const named = image?.name ?? image?.summary ?? image?.description ?? image?.title ?? image?.reference;
  const kind = kinds[entity] ?? 'a record';
  return typeof named === 'string' && named ? `${kind.replace(/^(a|an) /, 'the ')} “${named}”` : kind;
}

async function changedSince(ctx: ServiceContext, net: Net, lastSeq: number, direction: 'undo' | 'redo') {
  const later = await ctx.db
    .selectFrom('changeLog as l')
    .leftJoin('changeSet as s', 's.id', 'l.changeSetId')
    .select(['s.sentence', 's.at'])
    .where('l.entity', '=', net.entity)
    .where('l.entityId', '=', net.entityId)
    .where('l.seq', '>', lastSeq)
    .orderBy('l.seq', 'desc')
    .executeTakeFirst();
  const what = described(net.entity, net.after ?? net.before);
  const by = later?.sentence ? ` by “${later.sentence}” on ${formatDate(later.at!)}` : '';
  const undoFirst = later?.sentence ? ' Undo that first.' : '';
  return new DomainError(
    'conflict',
    `This cannot be ${direction === 'undo' ? 'undone' : 'redone'}: ${what} was changed after it${by}, and nothing has been changed now.${undoFirst}`,
  );
}
