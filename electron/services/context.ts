// What every handler gets, and the two wrappers that decide how it runs:
// `query` reads; `mutation` writes inside one transaction and records each change.
import type { Kysely } from 'kysely';
import type { IntegrityState, ProcedureName, ProcedureOutput, ProcedureParsedInput } from '../../shared/contract';
import type { PathRequest } from '../../shared/backups/schema';
import type { Printer } from '../../shared/documents/print';
import type { BackupKeeper } from '../db/backup';
import type { IdSource } from '../db/ids';
import type { Database } from '../db/schema';
import { changeRecorder, type Change } from './changes';
import type { ImportSessions } from './imports/sessions';
import type { JobRegistry } from './jobs/registry';

export type Environment = {
  db: Kysely<Database>;
  dataDir: string;
  databaseFile: string;
  schemaVersion: number;
  appVersion: string;
  electronVersions: { electron: string; chrome: string } | null;
  newId: IdSource;
  now: () => string;
  actor: string;
  /** Opens a file with the system's viewer (Electron's shell; the browser host's stand-in). */
  openFile: (file: string) => Promise<void>;
  /** Shows a file selected in the system's file manager. */
  showInFolder: (file: string) => Promise<void>;
  /** Chromium's print engine: PDFs and chart pictures. */
  printer: Printer;
  /** Where exported case studies and reports are written. */
  exportsDir: string;
  /** Long tasks in progress, so the window can show how far they got and cancel them. */
  jobs: JobRegistry;
  /** Files chosen for import, between the wizard's steps. */
  imports: ImportSessions;
  backups: BackupKeeper;
  /** Asks the person for a folder or a file (the system's chooser); null if they cancel. */
  choosePath: (request: PathRequest) => Promise<string | null>;
  /** Replaces the whole record with a checked backup, after backing up the record as it is. */
  restoreFrom: (file: string) => Promise<void>;
  /** Keeps backups in this folder from now on; null goes back to the one in the data folder. */
  moveBackupsTo: (folder: string | null) => Promise<string>;
  /** How the check of the whole file on opening went. */
  integrity: () => IntegrityState;
  /** Whether the record is encrypted with a passphrase. */
  encrypted: () => boolean;
  /** Whether `passphrase` is the record's current one. */
  passphraseIs: (passphrase: string) => Promise<boolean>;
  /** Encrypts the record with a passphrase, changes it, or (null) removes it. */
  setPassphrase: (passphrase: string | null) => Promise<void>;
};

export type ServiceContext = Environment & {
  procedure: ProcedureName;
  /** Writes a row of the audit trail; only a mutation may. */
  record: (change: Change) => Promise<void>;
};

export type Handler<P extends ProcedureName> = (
  input: ProcedureParsedInput<P>,
  ctx: ServiceContext,
) => Promise<ProcedureOutput<P>>;

export type Handlers<P extends ProcedureName> = { [K in P]: Handler<K> };

export function query<P extends ProcedureName>(handler: Handler<P>): Handler<P> {
  return (input, ctx) =>
    handler(input, {
      ...ctx,
      record: () => Promise.reject(new Error(`${ctx.procedure} is a query and cannot write`)),
    });
}

export function mutation<P extends ProcedureName>(handler: Handler<P>): Handler<P> {
  return (input, ctx) => inTransaction(ctx, (tx) => handler(input, tx));
}

/** Work that writes, in one transaction, with its changes recorded. */
export function inTransaction<T>(ctx: ServiceContext, work: (tx: ServiceContext) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute((tx) => work({ ...ctx, db: tx, record: changeRecorder(tx, ctx) }));
}
