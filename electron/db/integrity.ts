// The check on start: SQLite's quick_check of the whole file, in a worker thread on a read-only
// connection of its own, so a large record opens at once and the check runs alongside.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { SqliteAccess } from './access';

export type IntegrityResult = { ok: boolean; problems: string[] };

const driver = createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers');

// Plain CommonJS, run with `eval`: a worker file of its own would not survive bundling. It
// unlocks an encrypted file as access.ts does.
const source = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true, ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}) });
  if (workerData.passphrase) {
    db.pragma("cipher = 'sqlcipher'");
    db.pragma('legacy = 4');
    db.pragma("key = '" + workerData.passphrase.replace(/'/g, "''") + "'");
  }
  const rows = db.pragma('quick_check(20)', { simple: false }).map((row) => Object.values(row)[0]);
  parentPort.postMessage({ ok: rows.length === 1 && rows[0] === 'ok', problems: rows.filter((row) => row !== 'ok') });
} catch (error) {
  parentPort.postMessage({ ok: false, problems: [String(error && error.message)] });
} finally {
  if (db) db.close();
}`;

export type IntegrityCheck = { result: Promise<IntegrityResult>; stop: () => Promise<void> };

export function checkIntegrity(file: string, access: SqliteAccess): IntegrityCheck {
  const worker = new Worker(source, {
    eval: true,
    workerData: { driver, file, nativeBinding: access.nativeBinding, passphrase: access.passphrase ?? null },
  });
  const result = new Promise<IntegrityResult>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return { result, stop: async () => void (await worker.terminate()) };
}
