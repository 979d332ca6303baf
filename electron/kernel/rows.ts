// Rows as the change log holds them: by table and key (one column's value, or a JSON array of
// several), each as a JSON object of its columns. What undo compares with and what a sentence
// names are read here, as the rows are now.
import { sql } from 'kysely';
import type { ServiceContext } from './context';

export type Image = Record<string, unknown>;

/** Tables' keys and columns as read so far: one call's, or (given) shared by many transactions. */
export type TableShapes = { keys: Map<string, string[]>; columns: Map<string, string[]> };

export const tableShapes = (): TableShapes => ({ keys: new Map(), columns: new Map() });

/** Each table's key and columns, read once for all the rows a call looks at. */
export class RecordedRows {
  private keys: Map<string, string[]>;
  private columns: Map<string, string[]>;
  constructor(
    private ctx: ServiceContext,
    shapes: TableShapes = tableShapes(),
  ) {
    this.keys = shapes.keys;
    this.columns = shapes.columns;
  }

  async keyOf(table: string): Promise<string[]> {
    return this.read(this.keys, table, sql`pk > 0 order by pk`);
  }

  async where(table: string, entityId: string) {
    const columns = await this.keyOf(table);
    const values = columns.length === 1 ? [entityId] : (JSON.parse(entityId) as unknown[]);
    return sql.join(
      columns.map((column, index) => sql`${sql.ref(column)} = ${values[index]}`),
      sql` and `,
    );
  }

  /** How each row looks now, by key; a row that is gone is absent. */
  async now(table: string, entityIds: string[]): Promise<Map<string, Image>> {
    const key = await this.keyOf(table);
    const columns = await this.read(this.columns, table, sql`true order by cid`);
    const image = sql.join(columns.map((column) => sql`${sql.lit(column)}, ${sql.ref(column)}`));
    const keyText =
      key.length === 1 ? sql.ref(key[0]!) : sql`json_array(${sql.join(key.map((column) => sql.ref(column)))})`;
    const found = new Map<string, Image>();
    // In slices, so that a key of several columns is looked up through its index, not by a scan.
    const slice = key.length === 1 ? 5000 : 1;
    for (let start = 0; start < entityIds.length; start += slice) {
      const ids = entityIds.slice(start, start + slice);
      const wanted =
        key.length === 1
          ? sql`${keyText} in (select value from json_each(${JSON.stringify(ids)}))`
          : await this.where(table, ids[0]!);
      const { rows } = await sql<{ id: string; image: string }>`select ${keyText} as id, json_object(${image}) as image
        from ${sql.table(table)} where ${wanted}`.execute(this.ctx.db);
      for (const row of rows) found.set(row.id, JSON.parse(row.image) as Image);
    }
    return found;
  }

  private async read(known: Map<string, string[]>, table: string, which: ReturnType<typeof sql>) {
    let columns = known.get(table);
    if (!columns) {
      const { rows } = await sql<{ name: string }>`select name from pragma_table_info(${table}) where ${which}`.execute(
        this.ctx.db,
      );
      columns = rows.map((row) => row.name);
      known.set(table, columns);
    }
    return columns;
  }
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
export function described(entity: string, image: Image | null): string {
  const named = image?.name ?? image?.summary ?? image?.description ?? image?.title ?? image?.reference;
  const kind = kinds[entity] ?? 'a record';
  return typeof named === 'string' && named ? `${kind.replace(/^(a|an) /, 'the ')} “${named}”` : kind;
}
