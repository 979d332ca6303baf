import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from 'vitest';
import { openBackendInThread } from '../../electron/backend-in-thread';
import type { Backend } from '../../electron/backend';

const made: string[] = [];

export function makeDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgework-test-'));
  made.push(dir);
  return dir;
}

/** Every data folder a test file made goes when the file's tests are done (vitest.setup.ts). */
export function removeDataDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Each test gets its own data folder with a real SQLite file in it. */
export const test = base.extend<{ dataDir: string; backend: Backend }>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = makeDataDir();
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  backend: async ({ dataDir }, use) => {
    const backend = await openBackendInThread({ dataDir });
    await use(backend);
    await backend.close();
  },
});

export { call } from './call';
