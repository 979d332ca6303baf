// The connection Kysely's SQLite dialect talks to. Two things make reads cheaper than handing it
// better-sqlite3 as it is:
// - Kysely prepares every query afresh, and preparing costs as much as running a small query, so
//   the most recent statements are kept and handed back by their SQL text. Safe because the
//   connection runs one query at a time (Kysely holds a lock around it).
// - Rows are read as arrays and built once with camelCase names (worked out once per statement),
//   instead of built by SQLite with its column names and then copied again to rename them.
import type SQLite from 'better-sqlite3-multiple-ciphers';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

type Row = Record<string, unknown>;

export function kyselyConnection(
  sqlite: SQLite.Database,
  camelCase: (column: string) => string,
  capacity = 200,
): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  const prepare = (source: string) => {
    let statement = cache.get(source);
    if (statement) {
      cache.delete(source);
    } else {
      statement = namedRows(sqlite.prepare(source), camelCase);
      if (cache.size >= capacity) cache.delete(cache.keys().next().value!);
    }
    cache.set(source, statement);
    return statement;
  };
  return { prepare, close: () => sqlite.close() };
}

function namedRows(statement: SQLite.Statement, camelCase: (column: string) => string): SqliteStatement {
  if (!statement.reader) {
    return {
      reader: false,
      all: (parameters) => statement.all(...parameters),
      run: (parameters) => statement.run(...parameters),
      iterate: (parameters) => statement.iterate(...parameters),
    };
  }
  statement.raw(true);
  const names = statement.columns().map((column) => camelCase(column.name));
  const toRow = (values: unknown[]) => {
    const row: Row = {};
    for (let index = 0; index < names.length; index++) row[names[index]!] = values[index];
    return row;
  };
  return {
    reader: true,
    all: (parameters) => (statement.all(...parameters) as unknown[][]).map(toRow),
    run: (parameters) => statement.run(...parameters),
    *iterate(parameters) {
      for (const values of statement.iterate(...parameters)) yield toRow(values as unknown[]);
    },
  };
}
