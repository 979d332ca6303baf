// Migrations are frozen in time: a record made at any earlier version and upgraded ends with
// the same schema, lists and search index as a record made today.
import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { latestSchemaVersion, migrations } from '../../../electron/db/migrations';
import { databaseFileName, openDatabase } from '../../../electron/db/open';
import { phaseRank, sizeBandRank } from '../../../electron/db/ordered-expressions';
import { searchColumns } from '../../../electron/db/search-index';
import { makeDataDir } from '../../support/temp-backend';

type Sqlite = SQLite.Database;

/** Everything the schema is made of, as SQLite keeps it. */
const schemaOf = (sqlite: Sqlite) =>
  sqlite
    .prepare(
      `select type, name, tbl_name, sql from sqlite_master
       where name not like 'sqlite_%' and name not like 'kysely_migration%' order by type, name`,
    )
    .all();

const listsOf = (sqlite: Sqlite) =>
  sqlite.prepare('select list, code, label, help, sort_order from vocabulary order by list, sort_order').all();

/** A record made by the Bridgework of `version`: its migrations only, and an employer in it. */
async function recordAtVersion(version: number): Promise<string> {
  const dataDir = makeDataDir();
  const sqlite = new SQLite(path.join(dataDir, databaseFileName));
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
  const { error } = await new Migrator({ db, provider: { getMigrations: async () => migrations } }).migrateTo(
    Object.keys(migrations)[version - 1]!,
  );
  if (error) throw error;
  sqlite.pragma(`user_version = ${version}`);
  sqlite
    .prepare(
      `insert into employer (id, name, name_key, locality, notes, created_at, updated_at)
       values ('0190a0c0-0000-7000-8000-000000000001', 'Harbour Kitchens Ltd', 'harbour kitchens', 'Salford',
         'Offers kitchen porter trials', '2024-05-01T09:00:00.000Z', '2024-05-01T09:00:00.000Z')`,
    )
    .run();
  await db.destroy();
  return dataDir;
}

async function upgraded(dataDir: string): Promise<Sqlite> {
  const opened = await openDatabase({ dataDir });
  await opened.db.destroy();
  return new SQLite(path.join(dataDir, databaseFileName));
}

describe('migrations', () => {
  it.each(Array.from({ length: latestSchemaVersion - 1 }, (_, index) => index + 1))(
    'a record from version %i upgrades to exactly what a new record is, its search index included',
    async (version) => {
      const fresh = await upgraded(makeDataDir());
      const old = await upgraded(await recordAtVersion(version));
      expect(old.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      expect(schemaOf(old)).toEqual(schemaOf(fresh));
      expect(listsOf(old)).toEqual(listsOf(fresh));
      expect(() =>
        old.prepare(`insert into employer_fts (employer_fts) values ('integrity-check')`).run(),
      ).not.toThrow();
      const found = old
        .prepare(`select e.name from employer_fts f join employer e on e.rowid = f.rowid where employer_fts match ?`)
        .pluck();
      expect(found.all('kitchen')).toEqual(['Harbour Kitchens Ltd']);
      expect(found.all('salford')).toEqual(['Harbour Kitchens Ltd']);
      old.close();
      fresh.close();
    },
  );

  it('names the search columns in the order the search tables hold them', async () => {
    const fresh = await upgraded(makeDataDir());
    for (const [table, columns] of Object.entries(searchColumns)) {
      const held = fresh.prepare(`select name from pragma_table_info('${table}_fts')`).pluck().all();
      expect(held, table).toEqual(columns);
    }
    fresh.close();
  });

  it('indexes the employer list by the same phase and size orders the list sorts by', async () => {
    const fresh = await upgraded(makeDataDir());
    const indexed = (name: string) =>
      fresh.prepare(`select sql from sqlite_master where name = ?`).pluck().get(name) as string;
    expect(indexed('employer_current_by_phase')).toContain(phaseRank);
    expect(indexed('employer_current_by_size_band')).toContain(sizeBandRank);
    fresh.close();
  });
});
