// The process is killed (SIGKILL, no chance to tidy up) at random moments while it imports,
// backs up and restores, 100 times each. Afterwards the record must open, pass SQLite's
// integrity check and hold all of an import or none of it, and every backup Bridgework named
// as finished must be a good database.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackendInThread } from '../../../electron/backend-in-thread';
import { databaseFileName } from '../../../electron/db/open';
import { call } from '../../support/call';
import { makeDataDir } from '../../support/temp-backend';

const kills = 100;
const importRows = 2000;
const worker = path.resolve('node_modules/.cache/bridgework-crash/worker.mjs');
const folders: string[] = [];
// A fixed seed, so a failure can be run again exactly.
let seed = 20261124;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

beforeAll(async () => {
  // Bundled once, so each of the 300 runs starts in a fraction of a second.
  await build({
    entryPoints: ['tests/support/crash-worker.ts'],
    outfile: worker,
    bundle: true,
    platform: 'node',
    format: 'esm',
    // One file parses far faster than hundreds of packages' files; the native addon stays outside.
    external: ['better-sqlite3-multiple-ciphers', 'exceljs'],
    banner: {
      js: "import { createRequire as requireFor } from 'node:module'; const require = requireFor(import.meta.url);",
    },
    logLevel: 'error',
  });
}, 60_000);
afterAll(() => folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

function folder() {
  const dir = makeDataDir();
  folders.push(dir);
  return dir;
}

/** Runs the worker; kills it `afterMs` after it starts working (never, if null). */
function run(mode: string, dataDir: string, file: string, afterMs: number | null): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [worker, mode, dataDir, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += String(chunk)));
    child.stdout.on('data', (chunk: Buffer) => {
      if (afterMs !== null && String(chunk).includes('working')) setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve('killed');
      else if (code === 0) resolve('finished');
      else reject(new Error(`The worker failed: ${errors}`));
    });
  });
}

async function timed(mode: string, dataDir: string, file: string) {
  const started = performance.now();
  expect(await run(mode, dataDir, file, null)).toBe('finished');
  return performance.now() - started;
}

/** Opens the file as Bridgework does next time (read-write, so SQLite rolls back a half-done write). */
function check(file: string): { ok: boolean; employers: number } {
  const db = new SQLite(file, { fileMustExist: true });
  try {
    const ok = db.pragma('integrity_check', { simple: true }) === 'ok';
    return { ok, employers: db.prepare('select count(*) from employer').pluck().get() as number };
  } finally {
    db.close();
  }
}

/** A record with `employers` employers in a new folder; returns the folder. */
async function record(employers: number) {
  const dataDir = folder();
  const backend = await openBackendInThread({ dataDir });
  for (let n = 0; n < employers; n++) await call(backend, 'employers.create', { name: `Employer ${n}` });
  await backend.close();
  return dataDir;
}

function copyRecord(from: string, to: string) {
  for (const name of fs.readdirSync(to).filter((n) => n.startsWith(databaseFileName))) fs.rmSync(path.join(to, name));
  fs.copyFileSync(path.join(from, databaseFileName), path.join(to, databaseFileName));
}

describe('killed at a random moment', () => {
  it(`during an import, ${kills} times: the record is whole and holds all of the import or none of it`, async () => {
    const pristine = await record(0);
    const csv = path.join(folder(), 'employers.csv');
    fs.writeFileSync(
      csv,
      `Company,Area\n${Array.from({ length: importRows }, (_, n) => `Import ${n} Ltd,Salford`).join('\n')}\n`,
    );
    const dataDir = folder();
    copyRecord(pristine, dataDir);
    const duration = await timed('import', dataDir, csv);
    const seen = { none: 0, all: 0 };
    for (let n = 0; n < kills; n++) {
      copyRecord(pristine, dataDir);
      await run('import', dataDir, csv, Math.floor(random() * duration));
      const { ok, employers } = check(path.join(dataDir, databaseFileName));
      expect(ok).toBe(true);
      expect([0, importRows]).toContain(employers);
      seen[employers === 0 ? 'none' : 'all']++;
    }
    expect(seen.none).toBeGreaterThan(0);
  }, 300_000);

  it(`during backups, ${kills} times: every backup named as finished is a good database`, async () => {
    const dataDir = await record(300);
    // The worker backs up again and again; it is killed somewhere in its first few backups.
    for (let n = 0; n < kills; n++) {
      await run('backup', dataDir, '', Math.floor(random() * 300));
      expect(check(path.join(dataDir, databaseFileName)).ok).toBe(true);
    }
    const folderOfBackups = path.join(dataDir, 'backups');
    const finished = fs.readdirSync(folderOfBackups).filter((name) => name.endsWith('.bwbackup'));
    expect(finished.length).toBeGreaterThan(0);
    for (const name of finished) {
      expect({ name, ...check(path.join(folderOfBackups, name)) }).toMatchObject({ name, ok: true, employers: 300 });
    }
  }, 300_000);

  it(`during a restore, ${kills} times: the record is whole, and either as it was or as the backup was`, async () => {
    const current = await record(5);
    const backup = path.join(await record(12), databaseFileName);
    const dataDir = folder();
    copyRecord(current, dataDir);
    const duration = await timed('restore', dataDir, backup);
    const seen = new Set<number>();
    for (let n = 0; n < kills; n++) {
      copyRecord(current, dataDir);
      await run('restore', dataDir, backup, Math.floor(random() * duration));
      const { ok, employers } = check(path.join(dataDir, databaseFileName));
      expect(ok).toBe(true);
      expect([5, 12]).toContain(employers);
      seen.add(employers);
    }
    expect(seen.size).toBe(2);
  }, 300_000);
});
