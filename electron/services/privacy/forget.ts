// Removing text so that no trace of it stays in the file. The search index keeps the words of a
// row's earlier text until its pieces are merged; the query planner's statistics keep sample
// rows of each index (sqlite_stat4), which can hold a name. And once the change has committed,
// the write-ahead log still holds the database's pages as they were before it: it is emptied.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { mergeSearchIndexes, searchColumns } from '../../db/search-index';
import { inChangeSet, type ChangeSetOptions } from '../../kernel/changes';
import type { ServiceContext } from '../../kernel/context';

export async function changeAndForget<T>(
  ctx: ServiceContext,
  work: (tx: ServiceContext) => Promise<T>,
  options?: ChangeSetOptions,
): Promise<T> {
  const output = await inChangeSet(ctx, work, options);
  await sql`pragma wal_checkpoint(TRUNCATE)`.execute(ctx.db);
  return output;
}

/** After text was removed from these tables: their search indexes merged, their statistics sampled afresh. */
export async function forgetRemovedText(db: Kysely<Database>, tables: string[]): Promise<void> {
  await mergeSearchIndexes(db, tables);
  const { rows } = await sql<{ tbl: string }>`select distinct tbl from sqlite_stat4`
    .execute(db)
    .catch(() => ({ rows: [] as { tbl: string }[] })); // no statistics taken yet
  const touched = new Set(tables.flatMap((table) => (table in searchColumns ? [table, `${table}_fts_idx`] : [table])));
  const sampled = rows.map((row) => row.tbl).filter((table) => touched.has(table));
  if (sampled.length === 0) return;
  // Row counts only (a limited ANALYZE takes no samples), so nothing removed is sampled again.
  await sql`pragma analysis_limit = 1000`.execute(db);
  for (const table of sampled) {
    await sql`delete from sqlite_stat4 where tbl = ${table}`.execute(db);
    await sql`analyze ${sql.table(table)}`.execute(db);
  }
  await sql`pragma analysis_limit = 0`.execute(db);
}
