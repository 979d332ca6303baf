import { sql, type Kysely } from 'kysely';

// Full-text search, all in one place: one external-content FTS5 table per searchable table,
// kept in step by triggers. Each migration passes the tables it makes searchable. Rows in Trash are taken out of the index and put back on restore.
export async function createSearchIndex(db: Kysely<unknown>, searchable: { table: string; columns: string[] }[]) {
  for (const { table, columns } of searchable) {
    const fts = `${table}_fts`;
    const list = columns.join(', ');
    const from = (row: 'old' | 'new') => columns.map((column) => `${row}.${column}`).join(', ');
    const statements = [
      `create virtual table ${fts} using fts5(${list}, content='${table}', content_rowid='rowid',
        tokenize = "unicode61 remove_diacritics 2", prefix = '2 3')`,
      `create trigger ${fts}_insert after insert on ${table} when new.deleted_at is null begin
        insert into ${fts} (rowid, ${list}) values (new.rowid, ${from('new')});
      end`,
      `create trigger ${fts}_update after update of ${list}, deleted_at on ${table} begin
        insert into ${fts} (${fts}, rowid, ${list}) select 'delete', old.rowid, ${from('old')} where old.deleted_at is null;
        insert into ${fts} (rowid, ${list}) select new.rowid, ${from('new')} where new.deleted_at is null;
      end`,
      `create trigger ${fts}_delete after delete on ${table} when old.deleted_at is null begin
        insert into ${fts} (${fts}, rowid, ${list}) values ('delete', old.rowid, ${from('old')});
      end`,
      `insert into ${fts} (rowid, ${list}) select rowid, ${list} from ${table} where deleted_at is null`,
    ];
    for (const statement of statements) await sql.raw(statement).execute(db);
  }
}
