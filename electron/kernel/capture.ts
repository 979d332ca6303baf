// Recording every row a change set touches, before and after (of an update, the columns it
// changed). Triggers do it, so no write can slip past: TEMP triggers, made on each connection as
// it opens from the schema it has, so they are never stored in the file and never need a
// migration. They write only while a change set is open (a row in temp.change_context), which
// the kernel puts there for the length of a write.
import type SQLite from 'better-sqlite3-multiple-ciphers';

/** Kept up to date by the schema's own triggers from other rows: never recorded, never undone. */
const derived: Record<string, string[]> = {
  employer: [
    'last_contact_at',
    'follow_up_on',
    'follow_up_interaction_id',
    'latest_person_contact_at',
    'second_person_contact_at',
    'orphaned',
    'we_owe_due_on',
    'they_owe_due_on',
    'trust_weakened_levels',
  ],
};
const notRecorded = new Set([
  'change_log',
  'change_set',
  'employer_contact',
  'kysely_migration',
  'kysely_migration_lock',
  // The team's key is never written into the change log; conflicts are each laptop's own list.
  'team',
  'team_conflict',
]);

export type RecordedTable = { name: string; columns: string[]; key: string[] };

/** The tables whose rows are recorded, with the columns recorded and the primary key. */
export function recordedTables(sqlite: SQLite.Database): RecordedTable[] {
  const tables = sqlite
    .prepare(
      `select name from sqlite_master where type = 'table' and name not like 'sqlite_%'
       and sql not like 'create virtual table%' and name not like '%_fts_%' order by name`,
    )
    .pluck()
    .all() as string[];
  return tables
    .filter((name) => !notRecorded.has(name))
    .map((name) => {
      const info = sqlite.prepare(`select name, pk from pragma_table_info(?) order by cid`).all(name) as {
        name: string;
        pk: number;
      }[];
      return {
        name,
        columns: info.map((column) => column.name).filter((column) => !derived[name]?.includes(column)),
        key: info
          .filter((column) => column.pk > 0)
          .sort((a, b) => a.pk - b.pk)
          .map((column) => column.name),
      };
    });
}

export function keyOf(table: RecordedTable, row: 'new' | 'old'): string {
  return table.key.length === 1
    ? `${row}.${table.key[0]}`
    : `json_array(${table.key.map((column) => `${row}.${column}`).join(', ')})`;
}

function image(table: RecordedTable, row: 'new' | 'old'): string {
  return `json_object(${table.columns.map((column) => `'${column}', ${row}.${column}`).join(', ')})`;
}

/** An update holds only the columns it changed (and the edit stamp): moving 12,000 contacts to
 * another employer records their employer, not 12,000 copies of their notes. */
function changedImage(table: RecordedTable, row: 'new' | 'old'): string {
  const unchanged = table.columns
    .filter((column) => column !== 'updated_at')
    .map((column) => `iif(old.${column} is new.${column}, '$.${column}', '$.unchanged')`);
  return `json_remove(${image(table, row)}, ${unchanged.join(', ')})`;
}

export function startCapture(sqlite: SQLite.Database) {
  sqlite.exec(`create temp table if not exists change_context (
    change_set_id text not null, at text not null, actor text not null, procedure text not null)`);
  for (const table of recordedTables(sqlite)) {
    // Ids in order (the change set's, then the row's place), so their unique index grows at its
    // end rather than at random places: an import of 100,000 rows records 300,000 of them.
    const log = (action: string, key: string, before: string, after: string) => `
      insert into change_log (id, at, actor, procedure, entity, entity_id, action, before, after, change_set_id)
      select c.change_set_id || '.' || (coalesce((select max(seq) from main.change_log), 0) + 1), c.at, c.actor, c.procedure, '${table.name}', ${key}, '${action}',
        ${before}, ${after}, c.change_set_id
      from change_context c;`;
    // A save that only moves the edit stamp changed nothing a person would see.
    const changed = table.columns
      .filter((column) => column !== 'updated_at')
      .map((column) => `old.${column} is not new.${column}`)
      .join(' or ');
    // A save that changes nothing leaves the row as it was, edit stamp included: no change to
    // record, and nothing for an undo to miss.
    const keepStamp = table.columns.includes('updated_at')
      ? `create temp trigger capture_${table.name}_keep_stamp after update of updated_at on main.${table.name}
         when not (${changed}) and old.updated_at is not new.updated_at begin
           update ${table.name} set updated_at = old.updated_at
           where ${table.key.map((column) => `${column} = new.${column}`).join(' and ')};
         end;`
      : '';
    sqlite.exec(`
      drop trigger if exists temp.capture_${table.name}_keep_stamp;
      drop trigger if exists temp.capture_${table.name}_insert;
      drop trigger if exists temp.capture_${table.name}_update;
      drop trigger if exists temp.capture_${table.name}_delete;
      create temp trigger capture_${table.name}_insert after insert on main.${table.name} begin
        ${log('insert', keyOf(table, 'new'), 'null', image(table, 'new'))}
      end;
      create temp trigger capture_${table.name}_update after update of ${table.columns.join(', ')} on main.${table.name}
      when ${changed} begin
        ${log('update', keyOf(table, 'new'), changedImage(table, 'old'), changedImage(table, 'new'))}
      end;
      create temp trigger capture_${table.name}_delete after delete on main.${table.name} begin
        ${log('delete', keyOf(table, 'old'), image(table, 'old'), 'null')}
      end;
      ${keepStamp}`);
  }
}
