// The backend seam: `openBackend({ dataDir })` answers `invoke(procedure, input)` from a thread of
// its own, so the caller's thread (Electron's main process, the browser host's driver, a tool)
// never waits for SQLite. No Electron here: the app, the browser host and the tools share it.
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../shared/contract';
import type { PathRequest } from '../shared/backups/schema';
import type { Printer } from '../shared/documents/print';
import type { Result } from '../shared/result';
import { startBackendThread } from './thread/host';

export type Backend = {
  invoke<P extends ProcedureName>(procedure: P, input?: ProcedureInput<P>): Promise<Result<ProcedureOutput<P>>>;
  close(): Promise<void>;
};

export type BackendOptions = {
  dataDir: string;
  nativeBinding?: string;
  appVersion?: string;
  electronVersions?: { electron: string; chrome: string };
  /** The clock; read in the caller's thread at each call, so a test's clock moves between calls. */
  now?: () => string;
  openFile?: (file: string) => Promise<void>;
  showInFolder?: (file: string) => Promise<void>;
  printer?: Printer;
  /** Where exports go; by default a folder in the data folder. */
  exportsDir?: string;
  choosePath?: (request: PathRequest) => Promise<string | null>;
  /** Take a backup on the first start of each day (the desktop app and start:browser do). */
  dailyBackups?: boolean;
  /** Check the whole file (quick_check, in a worker thread) each time it opens. */
  checkIntegrity?: boolean;
  /** Start that check this long after opening, so it does not slow the window's first showing. */
  integrityCheckAfterMs?: number;
  /** The passphrase of an encrypted record; without it, such a record starts locked. */
  passphrase?: string;
  /** Called with anything unexpected; the user sees a plain message instead. */
  onUnexpectedError?: (error: unknown, procedure: string) => void;
};

export type ThreadOptions = BackendOptions & {
  /** The built backend thread (out/main/backend.js); without it, the TypeScript source runs. */
  threadScript?: string;
};

/** Opens the record in the backend's thread; throws if it cannot be opened. */
export function openBackend(options: ThreadOptions): Promise<Backend> {
  return startBackendThread(options, { explain: false });
}

/**
 * For the hosts: a backend that always opens. When the database cannot be used, every call
 * answers with the reason, so the window can explain it instead of failing to start. When the
 * file is damaged, the backups can still be listed and one restored, and then the app carries on.
 */
export function openBackendOrExplain(options: ThreadOptions): Promise<Backend> {
  return startBackendThread(options, { explain: true });
}
