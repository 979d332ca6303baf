// What every handler gets, and the wrappers that declare how each procedure runs: `read` only
// reads; `write` changes the record in one transaction, as one change set (every row it touches
// recorded before and after, so it can be undone); `effect` works with files, backups and keys,
// and opens a change set itself for any part that changes the record.
import type { Kysely } from 'kysely';
import type {
  ChangeName,
  IntegrityState,
  ProcedureName,
  ProcedureOutput,
  ProcedureParsedInput,
  ReadName,
} from '../../shared/contract';
import type { Backup, PathRequest } from '../../shared/backups/schema';
import type { OldBackups, OlderBackupsDone } from '../../shared/security/schema';
import type { ChangeMade } from '../../shared/result';
import type { Printer } from '../../shared/documents/print';
import type { BackupKeeper } from '../db/backup';
import type { IdSource } from '../db/ids';
import type { Database } from '../db/schema';
import { inChangeSet, type ChangeSetOptions } from './changes';
import type { ChangeClock } from './clock';
import type { ImportSessions } from '../services/imports/sessions';
import type { JobRegistry } from '../services/jobs/registry';

/** What every handler gets: the record, and what each write needs to be recorded. */
export type ServiceContext = {
  db: Kysely<Database>;
  now: () => string;
  newId: IdSource;
  /** Orders change sets: this installation's id, who acts, and the hybrid logical clock. */
  clock: ChangeClock;
  procedure: ProcedureName;
  /** The change set being written, inside a `write`. */
  changeSetId?: string;
  /** Told of the change set a call made, once it is written. */
  onChangeSet?: (change: ChangeMade) => void;
  /** The computer around the record: folders, files, the printer. */
  system: System;
  /** The record's file: its state, backups, passphrase and restoring. */
  record: RecordFile;
  /** What lasts between calls: long tasks, and files chosen for import. */
  work: Work;
};

export type System = {
  dataDir: string;
  /** Where exported case studies and reports are written. */
  exportsDir: string;
  appVersion: string;
  electronVersions: { electron: string; chrome: string } | null;
  /** Opens a file with the system's viewer (Electron's shell; the browser host's stand-in). */
  openFile: (file: string) => Promise<void>;
  /** Shows a file selected in the system's file manager. */
  showInFolder: (file: string) => Promise<void>;
  /** Asks the person for a folder or a file (the system's chooser); null if they cancel. */
  choosePath: (request: PathRequest) => Promise<string | null>;
  /** Chromium's print engine: PDFs and chart pictures. */
  printer: Printer;
};

export type RecordFile = {
  databaseFile: string;
  schemaVersion: number;
  backups: BackupKeeper;
  /** How the check of the whole file on opening went. */
  integrity: () => IntegrityState;
  /** Whether the record is encrypted with a passphrase. */
  encrypted: () => boolean;
  /** Whether `passphrase` is the record's current one. */
  passphraseIs: (passphrase: string) => Promise<boolean>;
  /** Encrypts the record with a passphrase, changes it, or (null) removes it; the backups taken follow. */
  setPassphrase: (
    passphrase: string | null,
    oldBackups: { choice: OldBackups; progress: (done: number, total: number) => Promise<void> },
  ) => Promise<OlderBackupsDone>;
  /** Replaces the whole record with a checked backup, after backing up the record as it is. */
  restoreFrom: (file: string) => Promise<void>;
  /** Every backup in Bridgework's backups folders (the chosen one and the data folder's), newest first. */
  allBackups: () => Backup[];
  /** Changes what one backup holds, on a copy opened as a record; the backup is left as it was if anything fails. */
  rewriteBackup: (file: string, change: (db: Kysely<Database>) => Promise<void>) => Promise<void>;
  /**
   * A copy of the record for colleagues, unencrypted (their own key seals it), with these tables
   * emptied and their old contents overwritten in the file.
   */
  copyForColleagues: (target: string, emptied: string[]) => Promise<void>;
  /**
   * Puts a colleague's copy (already proved whole by the seal it came in) in place of this
   * record, which is kept only until the copy opens; the record's handles from then on.
   */
  adopt: (file: string) => Promise<{ db: Kysely<Database>; clock: ChangeClock }>;
  /** Keeps backups in this folder from now on; null goes back to the one in the data folder. */
  moveBackupsTo: (folder: string | null) => Promise<string>;
};

export type Work = {
  /** Long tasks in progress, so the window can show how far they got and cancel them. */
  jobs: JobRegistry;
  /** Files chosen for import, between the wizard's steps. */
  imports: ImportSessions;
};

export type Handler<P extends ProcedureName> = (
  input: ProcedureParsedInput<P>,
  ctx: ServiceContext,
) => Promise<ProcedureOutput<P>>;

export type Handlers<P extends ProcedureName> = { [K in P]: Handler<K> };

export function read<P extends ReadName>(handler: Handler<P>): Handler<P> {
  return handler;
}

export function write<P extends ChangeName>(
  handler: Handler<P>,
  options?: ChangeSetOptions | ((input: ProcedureParsedInput<P>) => ChangeSetOptions),
): Handler<P> {
  return (input, ctx) =>
    inChangeSet(ctx, (tx) => handler(input, tx), typeof options === 'function' ? options(input) : options);
}

export function effect<P extends ChangeName>(handler: Handler<P>): Handler<P> {
  return handler;
}
