// Kysely's SQLite driver prepares every query afresh. Preparing costs as much as running a
// small query, so keep the most recent statements and hand them back by their SQL text.
// Safe because the connection runs one query at a time (Kysely holds a lock around it).
import type SQLite from 'better-sqlite3-multiple-ciphers';

export function withStatementCache(sqlite: SQLite.Database, capacity = 200): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = (source: string) => {
    let statement = cache.get(source);
    if (statement) {
      cache.delete(source);
    } else {
      statement = sqlite.prepare(source);
      if (cache.size >= capacity) cache.delete(cache.keys().next().value!);
    }
    cache.set(source, statement);
    return statement;
  };
  return new Proxy(sqlite, {
    get: (target, property) => {
      if (property === 'prepare') return prepare;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
