// The backend itself: opens the database and answers `invoke(procedure, input)` in the thread
// that calls it. The hosts run it in a thread of its own (backend.ts); unit tests call it here.
import { isProcedureName, procedures } from '../shared/contract';
import { feedWritten, refreshFeedAfter } from './services/calendar/feed';
import { DomainError, type AppError, type ChangeMade } from '../shared/result';
import { invalidInput } from '../shared/validation';
import path from 'node:path';
import type { z } from 'zod';
import type { Printer } from '../shared/documents/print';
import type { Backend, BackendOptions } from './backend';
import { newId, nowIso, type IdSource } from './db/ids';
import { backupsFolder, listBackups, listedBackup } from './db/backup';
import { databaseFileName } from './db/open';
import { damagedCopyName, openRecord } from './db/record';
import { DatabaseUnavailableError } from './db/unavailable';
import { restoreOver } from './db/restore';
import type { ServiceContext, System, Work } from './kernel/context';
import { ImportSessions } from './services/imports/sessions';
import { JobRegistry } from './services/jobs/registry';
import { handlers, type HandledProcedure } from './kernel/registry';

/** Options for a backend in this thread: a function may be given for how ids are made. */
export type InThreadOptions = BackendOptions & { newId?: IdSource; shareFolder?: boolean };

export async function openBackendInThread(options: InThreadOptions): Promise<Backend> {
  const report = options.onUnexpectedError ?? ((error, procedure) => console.error(`[${procedure}]`, error));
  const now = options.now ?? nowIso;
  const record = await openRecord({ ...options, now, report });
  const system: System = {
    dataDir: options.dataDir,
    exportsDir: options.exportsDir ?? path.join(options.dataDir, 'exports'),
    appVersion: options.appVersion ?? '0.0.0-dev',
    electronVersions: options.electronVersions ?? null,
    openFile:
      options.openFile ??
      ((file) =>
        Promise.reject(new DomainError('invalid_input', `Bridgework cannot open files here. The file is ${file}.`))),
    showInFolder:
      options.showInFolder ??
      ((file) =>
        Promise.reject(new DomainError('invalid_input', `Bridgework cannot show folders here. The file is ${file}.`))),
    choosePath:
      options.choosePath ??
      (() => Promise.reject(new DomainError('invalid_input', 'Bridgework cannot show a file chooser here.'))),
    printer: options.printer ?? noPrinter,
  };
  const work: Work = { jobs: new JobRegistry(), imports: new ImportSessions() };

  return {
    async invoke(procedure, input) {
      if (!isProcedureName(procedure)) {
        return failure({
          code: 'unknown_procedure',
          message: `Bridgework has no action called “${String(procedure)}”.`,
        });
      }
      if (record.state.name === 'closed') {
        return failure({ code: 'database_unavailable', message: 'Bridgework is closing. Try again.' });
      }
      if (record.state.name === 'restoring') {
        return failure({
          code: 'database_unavailable',
          message: 'Bridgework is restoring your record. Try again in a moment.',
        });
      }
      const parsed = procedures[procedure].input.safeParse(input);
      if (!parsed.success) return failure(invalidInput(parsed.error));
      try {
        if (procedure === 'security.unlock') {
          await record.unlock((parsed.data as { passphrase: string }).passphrase);
          return { ok: true, value: { unlocked: true } as never };
        }
        const state = record.state;
        if (record.mayBeDamaged() && (procedure === 'backups.list' || procedure === 'backups.restore')) {
          const folder = backupsFolder(options.dataDir);
          if (procedure === 'backups.list')
            return { ok: true, value: { folder, backups: listBackups(folder) } as never };
          const file = await backupToRestore(options, folder, parsed.data as RestoreInput);
          if (!file) return failure(nothingChosen);
          await record.restoreUnreadable(file);
          return { ok: true, value: { restored: true } as never };
        }
        if (state.name !== 'open') {
          return failure({
            code: 'locked',
            message: record.mayBeDamaged()
              ? 'Your record cannot be read without a passphrase. If you set one, enter it. If you never did, the file may be damaged: restore a backup.'
              : 'Bridgework is locked. Enter your passphrase to open your record.',
          });
        }
        if (procedure === 'security.lock') {
          await record.lock();
          return { ok: true, value: { locked: true } as never };
        }
        const handler = handlers[procedure as HandledProcedure] as (
          input: unknown,
          ctx: ServiceContext,
        ) => Promise<never>;
        let change: ChangeMade | undefined;
        const ctx: ServiceContext = {
          db: state.database.db,
          now,
          newId: options.newId ?? newId,
          clock: state.clock,
          procedure,
          onChangeSet: (made: ChangeMade) => (change = made),
          system,
          record,
          work,
        };
        const value = await handler(parsed.data, ctx);
        // The calendar file follows the record, once the call is answered (services/calendar/feed.ts).
        refreshFeedAfter(
          { ...ctx, db: record.state.name === 'open' ? record.state.database.db : ctx.db },
          procedure,
          change,
        );
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
    close: async () => {
      await feedWritten(options.dataDir);
      await record.close();
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
      try {
        const file = await backupToRestore(options, folder, parsed.data);
        if (!file) return failure(nothingChosen);
        // The damaged file is kept beside the data, in case someone can rescue more from it.
        await restoreOver(file, live, {
          access: { nativeBinding: options.nativeBinding },
          setAsideAs: damagedCopyName(options.dataDir, (options.now ?? nowIso)()),
          afterReplacing: async () => {
            restored = await openBackendInThread(options);
          },
        });
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

type RestoreInput = z.output<(typeof procedures)['backups.restore']['input']>;
const nothingChosen: AppError = { code: 'cancelled', message: 'Nothing was chosen, so nothing changed.' };

/** For a record that cannot open: a listed backup by name, a file given, or one the person chooses. */
async function backupToRestore(options: InThreadOptions, folder: string, { name, file }: RestoreInput) {
  if (name) return listedBackup(folder, name);
  return file ?? (await options.choosePath?.({ kind: 'backup', title: 'Choose the backup to restore' })) ?? null;
}

const noPrinter: Printer = {
  pdf: () =>
    Promise.reject(new DomainError('invalid_input', 'Bridgework cannot make PDFs here. Export as Word or HTML.')),
  png: () => Promise.reject(new DomainError('invalid_input', 'Bridgework cannot draw charts here. Export as HTML.')),
};

function failure(error: AppError): { ok: false; error: AppError } {
  return { ok: false, error };
}
