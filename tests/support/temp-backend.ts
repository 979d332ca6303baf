import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from 'vitest';
import { openBackendInThread } from '../../electron/backend-in-thread';
import type { Backend } from '../../electron/backend';

export function makeDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'bridgework-test-'));
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
