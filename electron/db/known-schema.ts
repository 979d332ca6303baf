// Whether a database file is exactly what some version of Bridgework makes: its tables, columns,
// indexes, triggers and migrations compared with a record built, in memory, by the migrations of
// the version it claims. A file with "employer" and "kysely_migration" tables and nothing else
// is not a Bridgework record, and restoring it would leave an app that cannot open.
import SQLite from 'better-sqlite3-multiple-ciphers';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { QueryCamelCasePlugin } from './camel-case';
import { latestSchemaVersion, migrations } from './migrations';

type SchemaEntry = { type: string; name: string; tblName: string; sql: string | null };

const built = new Map<number, Promise<string>>();

/** The schema as SQLite keeps it, without its own tables and statistics. */
function schemaText(sqlite: SQLite.Database): string {
  const entries = sqlite
    .prepare(
      `select type, name, tbl_name as tblName, sql from sqlite_master
       where name not like 'sqlite_%' order by type, name`,
    )
    .all() as SchemaEntry[];
  const applied = sqlite.prepare('select name from kysely_migration order by name').pluck().all();
  return JSON.stringify({ entries, applied });
}

function schemaAt(version: number, nativeBinding?: string): Promise<string> {
  let schema = built.get(version);
  if (!schema) {
    schema = (async () => {
      const sqlite = new SQLite(':memory:', nativeBinding ? { nativeBinding } : {});
      // As open.ts runs them.
      const db = new Kysely<unknown>({
        dialect: new SqliteDialect({ database: sqlite }),
        plugins: [new QueryCamelCasePlugin()],
      });
      try {
        const { error } = await new Migrator({ db, provider: { getMigrations: async () => migrations } }).migrateTo(
          Object.keys(migrations)[version - 1]!,
        );
        if (error) throw error;
        return schemaText(sqlite);
      } finally {
        await db.destroy();
      }
    })();
    built.set(version, schema);
  }
  return schema;
}

/** True when `sqlite` holds exactly the schema of the Bridgework version it says it is from. */
export async function isKnownSchema(sqlite: SQLite.Database, nativeBinding?: string): Promise<boolean> {
  const version = sqlite.pragma('user_version', { simple: true }) as number;
  if (!Number.isInteger(version) || version < 1 || version > latestSchemaVersion) return false;
  try {
    return schemaText(sqlite) === (await schemaAt(version, nativeBinding));
  } catch {
    return false;
  }
}
