// The backend itself: opens the database and answers `invoke(procedure, input)` in the thread
// that calls it. The hosts run it in a thread of its own (backend.ts); unit tests call it here.
import { isProcedureName, procedures, type IntegrityState } from '../shared/contract';
import { DomainError, type AppError } from '../shared/result';
import { invalidInput } from '../shared/validation';
import fs from 'node:fs';
import path from 'node:path';
import type SQLite from 'better-sqlite3-multiple-ciphers';
import type { Printer } from '../shared/documents/print';
import type { Backend, BackendOptions } from './backend';
import { newId, nowIso, type IdSource } from './db/ids';
import { backupKeeper, backupsFolder, listBackups, rememberBackupsFolder } from './db/backup';
import { isEncryptedFile, rekey, type SqliteAccess } from './db/access';
import { checkIntegrity, type IntegrityCheck } from './db/integrity';
import { databaseFileName, encryptedMarker, openDatabase, type OpenDatabase } from './db/open';
import { DatabaseUnavailableError } from './db/unavailable';
import { restoreOver } from './db/restore';
import { startCapture } from './kernel/capture';
import { changeClock, deviceId } from './kernel/clock';
import type { Environment } from './kernel/context';
import type { ChangeMade } from '../shared/result';
import { ImportSessions } from './services/imports/sessions';
import { JobRegistry } from './services/jobs/registry';
import { handlers, type HandledProcedure } from './kernel/registry';

/** Options for a backend in this thread: a function may be given for how ids are made. */
export type InThreadOptions = BackendOptions & { newId?: IdSource };

export async function openBackendInThread(options: InThreadOptions): Promise<Backend> {
  const report = options.onUnexpectedError ?? ((error, procedure) => console.error(`[${procedure}]`, error));
  const access: SqliteAccess = { nativeBinding: options.nativeBinding, passphrase: null };
  const keeperFor = (sqlite: SQLite.Database) =>
    backupKeeper({ sqlite, folder: backupsFolder(options.dataDir), now: options.now ?? nowIso, access: { ...access } });
  let opened: OpenDatabase | null = null;
  let restoring = false;
  let integrity: IntegrityState = { state: 'off', problems: [] };
  let check: IntegrityCheck | null = null;
  let checkTimer: NodeJS.Timeout | undefined;
  const stopCheck = async () => {
    clearTimeout(checkTimer);
    await check?.stop();
    check = null;
  };
  const env: Environment = {
    db: null as never,
    dataDir: options.dataDir,
    databaseFile: path.join(options.dataDir, databaseFileName),
    schemaVersion: 0,
    appVersion: options.appVersion ?? '0.0.0-dev',
    electronVersions: options.electronVersions ?? null,
    newId: options.newId ?? newId,
    now: options.now ?? nowIso,
    actor: 'local user',
    deviceId: '',
    clock: null as never,
    openFile:
      options.openFile ??
      ((file) =>
        Promise.reject(new DomainError('invalid_input', `Bridgework cannot open files here. The file is ${file}.`))),
    showInFolder:
      options.showInFolder ??
      ((file) =>
        Promise.reject(new DomainError('invalid_input', `Bridgework cannot show folders here. The file is ${file}.`))),
    printer: options.printer ?? noPrinter,
    exportsDir: options.exportsDir ?? path.join(options.dataDir, 'exports'),
    jobs: new JobRegistry(),
    imports: new ImportSessions(),
    backups: null as never,
    choosePath:
      options.choosePath ??
      (() => Promise.reject(new DomainError('invalid_input', 'Bridgework cannot show a file chooser here.'))),
    restoreFrom: async (file) => {
      const live = opened!;
      try {
        // A damaged file cannot be backed up (its copy fails the check): it is kept aside instead.
        const damaged = integrity.state === 'damaged';
        await restoreOver(file, live.file, {
          access,
          setAsideAs: damaged ? damagedCopyName(options.dataDir, env.now()) : undefined,
          beforeReplacing: async () => {
            await stopCheck();
            if (!damaged) await env.backups.take('before-restore');
            restoring = true;
            await env.backups.settled();
            await live.db.destroy();
          },
        });
      } finally {
        if (restoring) {
          attach(await openDatabase({ ...options, passphrase: access.passphrase }));
          restoring = false;
        }
      }
    },
    moveBackupsTo: async (folder) => {
      await env.backups.settled();
      rememberBackupsFolder(options.dataDir, folder);
      env.backups = keeperFor(opened!.sqlite);
      return env.backups.folder;
    },
    integrity: () => integrity,
    encrypted: () => Boolean(access.passphrase),
    passphraseIs: async (passphrase) => passphrase === access.passphrase,
    setPassphrase: async (passphrase) => {
      await env.backups.settled();
      rekey(opened!.sqlite, passphrase);
      if (passphrase) fs.writeFileSync(encryptedMarker(options.dataDir), 'This record is encrypted.\n');
      else fs.rmSync(encryptedMarker(options.dataDir), { force: true });
      access.passphrase = passphrase;
      env.backups = keeperFor(opened!.sqlite);
    },
  };
  const attach = (database: OpenDatabase) => {
    opened = database;
    Object.assign(env, {
      db: database.db,
      databaseFile: database.file,
      schemaVersion: database.schemaVersion,
      backups: keeperFor(database.sqlite),
    });
    startCapture(database.sqlite);
    env.deviceId = deviceId(options.dataDir);
    env.clock = changeClock(database.sqlite, env.deviceId);
    if (options.checkIntegrity) {
      integrity = { state: 'checking', problems: [] };
      checkTimer = setTimeout(() => {
        const running = checkIntegrity(database.file, access);
        check = running;
        running.result.then(
          ({ ok, problems }) => {
            if (check === running) integrity = { state: ok ? 'ok' : 'damaged', problems };
          },
          (error: unknown) => report(error, 'integrity check'),
        );
      }, options.integrityCheckAfterMs ?? 0);
    }
  };
  /** Opens the record; a wrong passphrase is said next to the passphrase field. */
  const open = async (passphrase: string | null) => {
    try {
      const database = await openDatabase({ ...options, passphrase });
      access.passphrase = isEncryptedFile(database.file) ? passphrase : null;
      attach(database);
    } catch (error) {
      if (error instanceof DatabaseUnavailableError && error.reason === 'wrong_passphrase') {
        throw new DomainError('invalid_input', error.message, 'passphrase');
      }
      throw error;
    }
  };
  try {
    await open(options.passphrase ?? null);
  } catch (error) {
    // A protected record starts locked, waiting for `security.unlock`.
    if (!(error instanceof DatabaseUnavailableError && error.reason === 'locked')) throw error;
  }
  let closed = false;
  // Each day's first start keeps a copy; it runs alongside, and closing waits for it.
  const dailyBackup = () => {
    if (options.dailyBackups) env.backups.dailyIfDue().catch((error: unknown) => report(error, 'backups.daily'));
  };
  if (opened) dailyBackup();
  const lock = async () => {
    await stopCheck();
    await env.backups.settled();
    await opened!.db.destroy();
    opened = null;
  };

  return {
    async invoke(procedure, input) {
      if (!isProcedureName(procedure)) {
        return failure({
          code: 'unknown_procedure',
          message: `Bridgework has no action called “${String(procedure)}”.`,
        });
      }
      if (closed) return failure({ code: 'database_unavailable', message: 'Bridgework is closing. Try again.' });
      if (restoring) {
        return failure({
          code: 'database_unavailable',
          message: 'Bridgework is restoring your record. Try again in a moment.',
        });
      }
      const parsed = procedures[procedure].input.safeParse(input);
      if (!parsed.success) return failure(invalidInput(parsed.error));
      try {
        if (procedure === 'security.unlock') {
          if (!opened) {
            await open((parsed.data as { passphrase: string }).passphrase);
            dailyBackup();
          }
          return { ok: true, value: { unlocked: true } as never };
        }
        if (!opened) {
          return failure({
            code: 'locked',
            message: 'Bridgework is locked. Enter your passphrase to open your record.',
          });
        }
        if (procedure === 'security.lock') {
          if (!access.passphrase) {
            throw new DomainError(
              'invalid_input',
              'Set a passphrase in Settings first. Without one, Bridgework cannot lock.',
            );
          }
          await lock();
          return { ok: true, value: { locked: true } as never };
        }
        const handler = handlers[procedure as HandledProcedure] as (input: unknown, ctx: unknown) => Promise<never>;
        let change: ChangeMade | undefined;
        const value = await handler(parsed.data, {
          ...env,
          procedure,
          onChangeSet: (made: ChangeMade) => (change = made),
        });
        return change ? { ok: true, value, change } : { ok: true, value };
      } catch (error) {
        if (error instanceof DomainError) return failure(error.toAppError());
        report(error, procedure);
        return failure({
          code: 'internal',
          message:
            'Something went wrong and nothing was saved. Try again, and if it happens again, restart Bridgework.',
        });
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      if (opened) await lock();
    },
  };
}

/**
 * For the hosts: a backend that always opens. When the database cannot be used, every call
 * answers with the reason, so the window can explain it instead of failing to start. When the
 * file is damaged, the backups can still be listed and one restored, and then the app carries on.
 */
export async function openBackendInThreadOrExplain(options: InThreadOptions): Promise<Backend> {
  try {
    return await openBackendInThread(options);
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) {
      return error.reason === 'damaged' ? recoveryBackend(options, error) : unavailableBackend(error);
    }
    // Anything else (a file that is a database, but not one Bridgework can use) is treated as
    // damage: the window still opens, says so, and offers the newest backup.
    (options.onUnexpectedError ?? console.error)(error, 'opening the record');
    return recoveryBackend(options, new DatabaseUnavailableError(cannotOpen, 'damaged'));
  }
}

const cannotOpen =
  'Bridgework cannot read your data file: it is not in the form Bridgework keeps it. Restore your newest backup.';

function unavailableBackend(error: DatabaseUnavailableError): Backend {
  return {
    invoke: async () => failure({ code: 'database_unavailable', message: error.message }),
    close: async () => {},
  };
}

function recoveryBackend(options: InThreadOptions, damaged: DatabaseUnavailableError): Backend {
  const folder = backupsFolder(options.dataDir);
  const unavailable = unavailableBackend(damaged);
  let restored: Backend | null = null;
  return {
    async invoke(procedure, input) {
      if (restored) return restored.invoke(procedure, input);
      if (procedure === 'backups.list') {
        return { ok: true, value: { folder, backups: listBackups(folder) } } as never;
      }
      if (procedure !== 'backups.restore') return unavailable.invoke(procedure, input);
      const parsed = procedures['backups.restore'].input.safeParse(input);
      if (!parsed.success) return failure(invalidInput(parsed.error));
      const live = path.join(options.dataDir, databaseFileName);
      const file =
        parsed.data.file ?? (await options.choosePath?.({ kind: 'backup', title: 'Choose the backup to restore' }));
      if (!file) return failure({ code: 'cancelled', message: 'Nothing was chosen, so nothing changed.' });
      try {
        // The damaged file is kept beside the data, in case someone can rescue more from it.
        await restoreOver(file, live, {
          access: { nativeBinding: options.nativeBinding },
          setAsideAs: damagedCopyName(options.dataDir, (options.now ?? nowIso)()),
        });
        restored = await openBackendInThread(options);
        return { ok: true, value: { restored: true } } as never;
      } catch (error) {
        if (error instanceof DomainError) return failure(error.toAppError());
        (options.onUnexpectedError ?? console.error)(error, 'backups.restore');
        return failure({ code: 'internal', message: 'The backup could not be restored. Your data has not changed.' });
      }
    },
    close: async () => restored?.close(),
  };
}

const noPrinter: Printer = {
  pdf: () =>
    Promise.reject(new DomainError('invalid_input', 'Bridgework cannot make PDFs here. Export as Word or HTML.')),
  png: () => Promise.reject(new DomainError('invalid_input', 'Bridgework cannot draw charts here. Export as HTML.')),
};

/** Where a damaged database file is kept when a backup replaces it. */
function damagedCopyName(dataDir: string, now: string): string {
  return path.join(dataDir, `bridgework-damaged-${now.replace(/[:.]/g, '-')}.sqlite`);
}

function failure(error: AppError): { ok: false; error: AppError } {
  return { ok: false, error };
}
