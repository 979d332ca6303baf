// Full-text search, all in one place: one external-content FTS5 table per searchable table,
// kept in step by triggers; rows in Trash are taken out of the index and put back on restore.
// `searchColumns` names each search table's columns in order, so queries name a column rather
// than counting its position. `searchIndexSql` is the SQL each table's index was made with, as
// the migrations ran it: frozen, so that an old record upgraded and a new one made today are
// alike. Changing a table's search columns takes a new migration that drops and remakes its
// index, with the new SQL added here beside the old.

import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

export const searchColumns = {
  employer: ['name', 'locality', 'notes'],
  person: ['name', 'email', 'notes'],
  interaction: ['summary', 'notes'],
  trust_note: ['observation'],
  commitment: ['description', 'resolution_note'],
  opportunity: ['title', 'requirements'],
} as const;

export type SearchTable = keyof typeof searchColumns;

/** The position of a column in its search table, for FTS5's highlight() and snippet(). */
export function searchColumn<T extends SearchTable>(table: T, column: (typeof searchColumns)[T][number]): number {
  return (searchColumns[table] as readonly string[]).indexOf(column);
}

/**
 * A search index keeps the words of a row's earlier text, marked deleted, until its pieces are
 * merged. Merged here after an erasure, so no word of what was removed stays in the file.
 */
export async function mergeSearchIndexes(db: Kysely<Database>, tables: Iterable<string>): Promise<void> {
  for (const table of new Set(tables)) {
    if (table in searchColumns)
      await sql.raw(`insert into ${table}_fts (${table}_fts) values ('optimize')`).execute(db);
  }
}

export const searchIndexSql: Record<SearchTable, string[]> = {
  employer: [
    `create virtual table employer_fts using fts5(name, locality, notes, content='employer', content_rowid='rowid',
        tokenize = "unicode61 remove_diacritics 2", prefix = '2 3')`,
    `create trigger employer_fts_insert after insert on employer when new.deleted_at is null begin
        insert into employer_fts (rowid, name, locality, notes) values (new.rowid, new.name, new.locality, new.notes);
      end`,
    `create trigger employer_fts_update after update of name, locality, notes, deleted_at on employer begin
        insert into employer_fts (employer_fts, rowid, name, locality, notes) select 'delete', old.rowid, old.name, old.locality, old.notes where old.deleted_at is null;
        insert into employer_fts (rowid, name, locality, notes) select new.rowid, new.name, new.locality, new.notes where new.deleted_at is null;
      end`,
    `create trigger employer_fts_delete after delete on employer when old.deleted_at is null begin
        insert into employer_fts (employer_fts, rowid, name, locality, notes) values ('delete', old.rowid, old.name, old.locality, old.notes);
      end`,
    `insert into employer_fts (rowid, name, locality, notes) select rowid, name, locality, notes from employer where deleted_at is null`,
  ],
  person: [
    `create virtual table person_fts using fts5(name, email, notes, content='person', content_rowid='rowid',
        tokenize = "unicode61 remove_diacritics 2", prefix = '2 3')`,
    `create trigger person_fts_insert after insert on person when new.deleted_at is null begin
        insert into person_fts (rowid, name, email, notes) values (new.rowid, new.name, new.email, new.notes);
      end`,
    `create trigger person_fts_update after update of name, email, notes, deleted_at on person begin
        insert into person_fts (person_fts, rowid, name, email, notes) select 'delete', old.rowid, old.name, old.email, old.notes where old.deleted_at is null;
        insert into person_fts (rowid, name, email, notes) select new.rowid, new.name, new.email, new.notes where new.deleted_at is null;
      end`,
    `create trigger person_fts_delete after delete on person when old.deleted_at is null begin
        insert into person_fts (person_fts, rowid, name, email, notes) values ('delete', old.rowid, old.name, old.email, old.notes);
      end`,
    `insert into person_fts (rowid, name, email, notes) select rowid, name, email, notes from person where deleted_at is null`,
  ],
  interaction: [
    `create virtual table interaction_fts using fts5(summary, notes, content='interaction', content_rowid='rowid',
        tokenize = "unicode61 remove_diacritics 2", prefix = '2 3')`,
    `create trigger interaction_fts_insert after insert on interaction when new.deleted_at is null begin
        insert into interaction_fts (rowid, summary, notes) values (new.rowid, new.summary, new.notes);
      end`,
    `create trigger interaction_fts_update after update of summary, notes, deleted_at on interaction begin
        insert into interaction_fts (interaction_fts, rowid, summary, notes) select 'delete', old.rowid, old.summary, old.notes where old.deleted_at is null;
        insert into interaction_fts (rowid, summary, notes) select new.rowid, new.summary, new.notes where new.deleted_at is null;
      end`,
    `create trigger interaction_fts_delete after delete on interaction when old.deleted_at is null begin
        insert into interaction_fts (interaction_fts, rowid, summary, notes) values ('delete', old.rowid, old.summary, old.notes);
      end`,
    `insert into interaction_fts (rowid, summary, notes) select rowid, summary, notes from interaction where deleted_at is null`,
  ],
  trust_note: [
    `create virtual table trust_note_fts using fts5(observation, content='trust_note', content_rowid='rowid',
        tokenize = "unicode61 remove_diacritics 2", prefix = '2 3')`,
    `create trigger trust_note_fts_insert after insert on trust_note when new.deleted_at is null begin
        insert into trust_note_fts (rowid, observation) values (new.rowid, new.observation);
      end`,
    `create trigger trust_note_fts_update after update of observation, deleted_at on trust_note begin
        insert into trust_note_fts (trust_note_fts, rowid, observation) select 'delete', old.rowid, old.observation where old.deleted_at is null;
        insert into trust_note_fts (rowid, observation) select new.rowid, new.observation where new.deleted_at is null;
      end`,
    `create trigger trust_note_fts_delete after delete on trust_note when old.deleted_at is null begin
        insert into trust_note_fts (trust_note_fts, rowid, observation) values ('delete', old.rowid, old.observation);
      end`,
    `insert into trust_note_fts (rowid, observation) select rowid, observation from trust_note where deleted_at is null`,
  ],
  commitment: [
    `create virtual table commitment_fts using fts5(description, resolution_note, content='commitment', content_rowid='rowid',
        tokenize = "unicode61 remove_diacritics 2", prefix = '2 3')`,
    `create trigger commitment_fts_insert after insert on commitment when new.deleted_at is null begin
        insert into commitment_fts (rowid, description, resolution_note) values (new.rowid, new.description, new.resolution_note);
      end`,
    `create trigger commitment_fts_update after update of description, resolution_note, deleted_at on commitment begin
        insert into commitment_fts (commitment_fts, rowid, description, resolution_note) select 'delete', old.rowid, old.description, old.resolution_note where old.deleted_at is null;
        insert into commitment_fts (rowid, description, resolution_note) select new.rowid, new.description, new.resolution_note where new.deleted_at is null;
      end`,
    `create trigger commitment_fts_delete after delete on commitment when old.deleted_at is null begin
        insert into commitment_fts (commitment_fts, rowid, description, resolution_note) values ('delete', old.rowid, old.description, old.resolution_note);
      end`,
    `insert into commitment_fts (rowid, description, resolution_note) select rowid, description, resolution_note from commitment where deleted_at is null`,
  ],
  opportunity: [
    `create virtual table opportunity_fts using fts5(title, requirements, content='opportunity', content_rowid='rowid',
        tokenize = "unicode61 remove_diacritics 2", prefix = '2 3')`,
    `create trigger opportunity_fts_insert after insert on opportunity when new.deleted_at is null begin
        insert into opportunity_fts (rowid, title, requirements) values (new.rowid, new.title, new.requirements);
      end`,
    `create trigger opportunity_fts_update after update of title, requirements, deleted_at on opportunity begin
        insert into opportunity_fts (opportunity_fts, rowid, title, requirements) select 'delete', old.rowid, old.title, old.requirements where old.deleted_at is null;
        insert into opportunity_fts (rowid, title, requirements) select new.rowid, new.title, new.requirements where new.deleted_at is null;
      end`,
    `create trigger opportunity_fts_delete after delete on opportunity when old.deleted_at is null begin
        insert into opportunity_fts (opportunity_fts, rowid, title, requirements) values ('delete', old.rowid, old.title, old.requirements);
      end`,
    `insert into opportunity_fts (rowid, title, requirements) select rowid, title, requirements from opportunity where deleted_at is null`,
  ],
};
