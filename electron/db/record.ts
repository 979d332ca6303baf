// The record's file through its life, as one small state machine:
//
//   locked ──unlock──▶ open ──lock──▶ locked
//   open ──restoreFrom──▶ restoring ──▶ open       open ──setPassphrase / moveBackupsTo──▶ open
//   any ──close──▶ closed
//
// Handlers see it as `ctx.record`; the backend asks it whether a call can run now.
import fs from 'node:fs';
import path from 'node:path';
import type SQLite from 'better-sqlite3-multiple-ciphers';
import type { Kysely } from 'kysely';
import type { Backup } from '../../shared/backups/schema';
import type { IntegrityState } from '../../shared/contract';
import type { OldBackups, OlderBackupsDone } from '../../shared/security/schema';
import { DomainError } from '../../shared/result';
import { changeClock, deviceId, type ChangeClock } from '../kernel/clock';
import { startCapture } from '../kernel/capture';
import type { RecordFile } from '../kernel/context';
import { isEncryptedFile, rekey, type SqliteAccess } from './access';
import { backupKeeper, backupsFolder, listBackups, rememberBackupsFolder, type BackupKeeper } from './backup';
import { rewriteBackup } from './rewrite-backup';
import type { Database } from './schema';
import { checkIntegrity, type IntegrityCheck } from './integrity';
import { databaseFileName, encryptedMarker, encryptedMarkerText, openDatabase, type OpenDatabase } from './open';
import { restoreOver } from './restore';
import { copyForColleagues, protectCopy } from './colleague-copy';
import { backupsFoldersOf, rekeyBackups } from './rekey-backups';
import { lockDataFolder } from './folder-lock';
import { DatabaseUnavailableError } from './unavailable';

export type RecordState =
  | { name: 'locked' }
  | { name: 'open'; database: OpenDatabase; clock: ChangeClock }
  | { name: 'restoring' }
  | { name: 'closed' };

export type RecordOptions = {
  dataDir: string;
  nativeBinding?: string;
  passphrase?: string | null;
  now: () => string;
  /** Check the whole file after opening, this long after (the desktop app does). */
  checkIntegrity?: boolean;
  integrityCheckAfterMs?: number;
  /** Keep each day's first copy (the desktop app does). */
  dailyBackups?: boolean;
  report: (error: unknown, where: string) => void;
  /** Only for the benchmark, which compares two backends on one record in one process: the app always takes the folder for itself. */
  shareFolder?: boolean;
};

/** Opens the record; a protected one stays locked, waiting for its passphrase. */
export async function openRecord(options: RecordOptions): Promise<RecordLifecycle> {
  const release = options.shareFolder ? () => {} : lockDataFolder(options.dataDir);
  const record = new RecordLifecycle(options, release);
  try {
    await record.unlock(options.passphrase ?? null);
  } catch (error) {
    if (!(error instanceof DatabaseUnavailableError && error.reason === 'locked')) {
      release();
      throw error;
    }
  }
  return record;
}

export class RecordLifecycle implements RecordFile {
  state: RecordState = { name: 'locked' };
  backups: BackupKeeper = null as never;
  private readonly access: SqliteAccess;
  private checked: IntegrityState = { state: 'off', problems: [] };
  private check: IntegrityCheck | null = null;
  private checkTimer: NodeJS.Timeout | undefined;
  private wrongTries = 0;
  private nextTryAt = 0;

  constructor(
    private readonly options: RecordOptions,
    private readonly release: () => void,
  ) {
    this.access = { nativeBinding: options.nativeBinding, passphrase: null };
  }

  get databaseFile(): string {
    return this.state.name === 'open' ? this.state.database.file : path.join(this.options.dataDir, databaseFileName);
  }

  get schemaVersion(): number {
    return this.state.name === 'open' ? this.state.database.schemaVersion : 0;
  }

  integrity = (): IntegrityState => this.checked;
  encrypted = (): boolean => Boolean(this.access.passphrase);
  passphraseIs = async (passphrase: string): Promise<boolean> => passphrase === this.access.passphrase;

  /**
   * locked → open. A wrong passphrase is said next to the passphrase field; from the third in a
   * row, each makes the next try wait longer (5 s, 10 s, 20 s… up to 5 minutes), so guessing
   * through the window is slow.
   */
  async unlock(passphrase: string | null): Promise<void> {
    if (this.state.name !== 'locked') return;
    const waitMs = this.nextTryAt - Date.parse(this.options.now());
    if (waitMs > 0) {
      throw new DomainError(
        'invalid_input',
        `Wait ${Math.ceil(waitMs / 1000)} seconds, then try again. Bridgework waits longer after each wrong passphrase.`,
        'passphrase',
      );
    }
    try {
      const database = await openDatabase({ ...this.options, passphrase });
      this.access.passphrase = isEncryptedFile(database.file) ? passphrase : null;
      this.wrongTries = 0;
      this.enter(database);
    } catch (error) {
      if (error instanceof DatabaseUnavailableError && error.reason === 'wrong_passphrase') {
        this.wrongTries++;
        const seconds = this.wrongTries >= 3 ? Math.min(300, 5 * 2 ** (this.wrongTries - 3)) : 0;
        this.nextTryAt = Date.parse(this.options.now()) + seconds * 1000;
        const wait = seconds ? ` Wait ${seconds} seconds before the next try.` : '';
        throw new DomainError('invalid_input', `${error.message}${wait}`, 'passphrase');
      }
      throw error;
    }
    // Each day's first start keeps a copy; it runs alongside, and closing waits for it.
    if (this.options.dailyBackups) {
      this.backups.dailyIfDue().catch((error: unknown) => this.options.report(error, 'backups.daily'));
    }
  }

  /**
   * Locked, but with no note that a passphrase was ever set: the file may be damaged rather than
   * encrypted, so its backups may be listed and one restored without the passphrase.
   */
  mayBeDamaged = (): boolean => this.state.name === 'locked' && !fs.existsSync(encryptedMarker(this.options.dataDir));

  /** locked → restoring → open, when the locked file may be damaged: it is kept aside, not replaced. */
  restoreUnreadable = async (file: string): Promise<void> => {
    if (!this.mayBeDamaged())
      throw new DomainError('locked', 'Bridgework is locked. Enter your passphrase to open your record.');
    this.state = { name: 'restoring' };
    try {
      await restoreOver(file, path.join(this.options.dataDir, databaseFileName), {
        access: { nativeBinding: this.options.nativeBinding },
        setAsideAs: damagedCopyName(this.options.dataDir, this.options.now()),
        afterReplacing: async () => {
          this.access.passphrase = null;
          this.enter(await openDatabase({ ...this.options, passphrase: null }));
        },
      });
    } finally {
      if (this.state.name === 'restoring') this.state = { name: 'locked' };
    }
  };

  /** open → locked: only a record with a passphrase can lock. */
  async lock(): Promise<void> {
    if (!this.access.passphrase) {
      throw new DomainError(
        'invalid_input',
        'Set a passphrase in Settings first. Without one, Bridgework cannot lock.',
      );
    }
    await this.leave();
    this.state = { name: 'locked' };
    // Locked means the passphrase is asked for again, so it is not kept meanwhile.
    this.access.passphrase = null;
  }

  /** open → restoring → open, on the backup's record (or on the same one, if the backup is refused). */
  restoreFrom = async (file: string): Promise<void> => {
    const live = this.opened();
    let replacing = false;
    try {
      // A damaged file cannot be backed up (its copy fails the check): it is kept aside instead.
      const damaged = this.checked.state === 'damaged';
      await restoreOver(file, live.file, {
        access: this.access,
        setAsideAs: damaged ? damagedCopyName(this.options.dataDir, this.options.now()) : undefined,
        beforeReplacing: async () => {
          await this.stopCheck();
          if (!damaged) await this.backups.take('before-restore');
          replacing = true;
          this.state = { name: 'restoring' };
          await this.backups.settled();
          await live.db.destroy();
        },
        afterReplacing: async () =>
          this.enter(await openDatabase({ ...this.options, passphrase: this.access.passphrase })),
      });
    } finally {
      // The backup was refused after the record closed: the record it was is opened again.
      if (replacing && this.state.name === 'restoring') {
        this.enter(await openDatabase({ ...this.options, passphrase: this.access.passphrase }));
      }
    }
  };

  /**
   * open → open, encrypted with a new passphrase, or (null) with none; the backups already taken
   * follow (rekey-backups.ts), so none stays readable without the passphrase.
   */
  setPassphrase = async (
    passphrase: string | null,
    oldBackups: { choice: OldBackups; progress: (done: number, total: number) => Promise<void> },
  ): Promise<OlderBackupsDone> => {
    const live = this.opened();
    // Re-keying needs the file to itself: the check's own connection would hold it ("database is locked").
    const checking = this.checked.state === 'checking';
    await this.stopCheck();
    await this.backups.settled();
    const from = { ...this.access };
    rekey(live.sqlite, passphrase);
    if (passphrase) fs.writeFileSync(encryptedMarker(this.options.dataDir), encryptedMarkerText);
    else fs.rmSync(encryptedMarker(this.options.dataDir), { force: true });
    this.access.passphrase = passphrase;
    this.backups = this.keeperFor(live.sqlite);
    if (checking) this.startCheck(live.file);
    return rekeyBackups({ folders: backupsFoldersOf(this.options.dataDir), from, to: passphrase, ...oldBackups });
  };

  allBackups = (): Backup[] =>
    backupsFoldersOf(this.options.dataDir)
      .flatMap((folder) => listBackups(folder))
      .sort((a, b) => b.takenAt.localeCompare(a.takenAt));

  rewriteBackup = async (file: string, change: (db: Kysely<Database>) => Promise<void>): Promise<void> => {
    this.opened();
    await this.backups.settled();
    await rewriteBackup({ file, dataDir: this.options.dataDir, access: this.access, now: this.options.now, change });
  };

  copyForColleagues = async (target: string, emptied: string[]): Promise<void> => {
    const live = this.opened();
    await this.backups.settled();
    await copyForColleagues(live.sqlite, target, this.access, emptied);
  };

  /** open → restoring → open, on a colleague's copy; the record as it was comes back if the copy will not open. */
  adopt = async (file: string): Promise<{ db: Kysely<Database>; clock: ChangeClock }> => {
    const live = this.opened();
    protectCopy(file, this.access);
    await this.stopCheck();
    await this.backups.settled();
    this.state = { name: 'restoring' };
    await live.db.destroy();
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${live.file}${suffix}`, { force: true });
    const previous = `${live.file}.previous`;
    fs.renameSync(live.file, previous);
    fs.renameSync(file, live.file);
    const reopen = async () => this.enter(await openDatabase({ ...this.options, passphrase: this.access.passphrase }));
    try {
      await reopen();
    } catch {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${live.file}${suffix}`, { force: true });
      fs.renameSync(previous, live.file);
      await reopen();
      throw new DomainError(
        'invalid_input',
        'The team’s copy of the record could not be opened: it may come from a newer Bridgework. Install the latest version, then join again. Your record is as it was.',
      );
    }
    fs.rmSync(previous, { force: true });
    const opened = this.state as RecordState;
    if (opened.name !== 'open') throw new Error('The record did not open.');
    return { db: opened.database.db, clock: opened.clock };
  };

  moveBackupsTo = async (folder: string | null): Promise<string> => {
    const live = this.opened();
    await this.backups.settled();
    rememberBackupsFolder(this.options.dataDir, folder);
    this.backups = this.keeperFor(live.sqlite);
    return this.backups.folder;
  };

  /** any → closed, once what is running has finished. */
  async close(): Promise<void> {
    if (this.state.name === 'closed') return;
    if (this.state.name === 'open') await this.leave();
    this.state = { name: 'closed' };
    this.release();
  }

  private enter(database: OpenDatabase) {
    this.backups = this.keeperFor(database.sqlite);
    startCapture(database.sqlite);
    this.state = {
      name: 'open',
      database,
      clock: changeClock(database.sqlite, deviceId(this.options.dataDir)),
    };
    if (this.options.checkIntegrity) this.startCheck(database.file);
  }

  private async leave() {
    const live = this.opened();
    await this.stopCheck();
    await this.backups.settled();
    await live.db.destroy();
  }

  private opened(): OpenDatabase {
    if (this.state.name !== 'open') throw new Error(`The record is ${this.state.name}, not open.`);
    return this.state.database;
  }

  private keeperFor(sqlite: SQLite.Database): BackupKeeper {
    return backupKeeper({
      sqlite,
      folder: backupsFolder(this.options.dataDir),
      now: this.options.now,
      access: { ...this.access },
    });
  }

  private startCheck(file: string) {
    this.checked = { state: 'checking', problems: [] };
    this.checkTimer = setTimeout(() => {
      const running = checkIntegrity(file, this.access);
      this.check = running;
      running.result.then(
        ({ ok, problems }) => {
          if (this.check === running) this.checked = { state: ok ? 'ok' : 'damaged', problems };
        },
        (error: unknown) => this.options.report(error, 'integrity check'),
      );
    }, this.options.integrityCheckAfterMs ?? 0);
  }

  private async stopCheck() {
    clearTimeout(this.checkTimer);
    await this.check?.stop();
    this.check = null;
  }
}

/** Where a damaged database file is kept when a backup replaces it. */
export function damagedCopyName(dataDir: string, now: string): string {
  return path.join(dataDir, `bridgework-damaged-${now.replace(/[:.]/g, '-')}.sqlite`);
}
