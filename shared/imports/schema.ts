import { z } from 'zod';
import type { VocabularyListName } from '../vocabulary';
import type { ExportedFile } from '../exports/schema';
import { importFieldKeys, importTargets, type ImportField, type ImportTarget } from './fields';

export const maxImportBytes = 100 * 1024 * 1024;

/**
 * What to do with a row that matches a record Bridgework already has: leave the record as it is,
 * fill in only what it is missing (its notes get the row's notes added), overwrite it with the
 * row's values, or add the row as a new record.
 */
export const duplicateActions = ['skip', 'fill', 'update', 'create'] as const;
export type DuplicateAction = (typeof duplicateActions)[number];

export const importId = z
  .string()
  .regex(/^[A-Za-z0-9-]{8,64}$/, { error: 'That import has finished or was cancelled. Choose the file again.' });

const importFile = z.object({
  name: z.string().min(1).max(255),
  /** The file's bytes, base64-encoded, as a page hands over a file chosen in a form. */
  contentBase64: z.string().max(Math.ceil((maxImportBytes * 4) / 3) + 8, {
    error: 'That file is over 100 MB. Split it into smaller files and import each.',
  }),
});

const importChoices = {
  target: z.enum(importTargets, { error: 'Choose what the file holds' }),
  sheet: z.string().max(200).optional(),
  /** One entry a column: the field it fills, or null to leave it out. Guessed when absent. */
  mapping: z.array(z.enum(importFieldKeys).nullable()).max(500).optional(),
  /** For every row that matches an existing record, unless the row has its own. */
  duplicates: z.enum(duplicateActions).optional(),
  /** Row number (as the spreadsheet numbers it) → what to do with that row's match. */
  decisions: z.record(z.string().regex(/^\d+$/), z.enum(duplicateActions)).optional(),
  /** For values not on a list, by field then value as written: the code to store, or '' to leave it empty. */
  values: z.partialRecord(z.enum(importFieldKeys), z.record(z.string().max(500), z.string().max(60))).optional(),
  /** Rows of one employer that differ: by the group's first row, then field, the row whose value is kept. */
  keep: z.record(z.string().regex(/^\d+$/), z.record(z.string().max(60), z.number().int().positive())).optional(),
};

/** The first call sends the file; the import's id is also its job id for `jobs.progress`. Later calls (another sheet, a changed mapping) name the import. */
export const previewImportInput = z
  .object({ importId: importId.optional(), file: importFile.optional(), ...importChoices })
  .refine((input) => input.importId || input.file, { error: 'Choose a file to import', path: ['file'] });

export const commitImportInput = z.object({
  importId,
  ...importChoices,
});

export const cancelImportInput = z.object({ importId });

/** `label`: how the row is known when its number says little (a contact card's name). */
export type ImportProblem = { row: number; message: string; label?: string };

export type ImportMatch = {
  row: number;
  /** What the row describes, as a person reads it. */
  label: string;
  existing: { id: string; name: string; kind: 'employer' | 'person' | 'interaction' };
  action: DuplicateAction;
};

export type ImportPreview = {
  importId: string;
  fileName: string;
  /** How the file was read, in words: "CSV, UTF-8, separated by semicolons". */
  readAs: string;
  sheets: string[];
  sheet: string | null;
  target: ImportTarget;
  headers: string[];
  /** A few values from each column, to help choose what it is. */
  examples: string[][];
  mapping: (ImportField | null)[];
  /** Why each column was guessed as it is, where the mapping is still Bridgework's guess. */
  guessedBecause: (string | null)[];
  /** Why the mapping cannot be used yet (a required field not chosen), if so. */
  mappingProblem: string | null;
  totalRows: number;
  readyRows: number;
  /** The first rows as they will be stored: field label → value. */
  sample: { row: number; values: { label: string; value: string }[] }[];
  /** Rows that cannot make a record: not imported. */
  problems: ImportProblem[];
  problemCount: number;
  /** Rows imported with changes: each value left out or changed, and why. */
  changed: ImportProblem[];
  changedCount: number;
  /** Values not on one of your lists, once each, with Bridgework's best match and what will be stored. */
  unlisted: {
    field: ImportField;
    column: string;
    list: VocabularyListName;
    value: string;
    rows: number;
    suggestion: string | null;
    storedAs: string | null;
  }[];
  /** Rows that are the same employer: each group becomes one record; where their values differ, which is kept. */
  sameInFile: {
    name: string;
    rows: number[];
    conflicts: { field: string; column: string; values: { row: number; shown: string }[]; keptRow: number }[];
  }[];
  sameInFileCount: number;
  matches: ImportMatch[];
  matchCount: number;
  /** Employers named in the file that Bridgework does not have yet; they will be added. */
  newEmployers: string[];
  newEmployerCount: number;
};

export type ImportSummary = {
  fileName: string;
  target: ImportTarget;
  created: { employers: number; people: number; interactions: number };
  updated: number;
  skipped: number;
  rejected: number;
  /** Rows imported with changes. */
  changed: number;
  /** The rows not imported and those imported with changes, each with what happened and why, as CSV; null when every row went in as it was. */
  rowsToCheckFile: ExportedFile | null;
};

export type PreviewImportInput = z.input<typeof previewImportInput>;
export type CommitImportInput = z.output<typeof commitImportInput>;
