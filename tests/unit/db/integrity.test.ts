import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openBackendInThread } from '../../../electron/backend-in-thread';
import type { Backend } from '../../../electron/backend';
import { call } from '../../support/call';
import { injectFault } from '../../support/faults';
import { makeDataDir } from '../../support/temp-backend';

/** The check's result, once the worker has answered. */
async function checked(backend: Backend) {
  let info = await call(backend, 'app.info');
  for (let n = 0; n < 400 && info.integrity.state === 'checking'; n++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    info = await call(backend, 'app.info');
  }
  return info.integrity;
}

async function integrityWhenChecked(dataDir: string) {
  const backend = await openBackendInThread({ dataDir, checkIntegrity: true });
  return { backend, integrity: await checked(backend) };
}

describe('the check on opening', () => {
  it('finds a good record good, without holding up the opening', async () => {
    const dataDir = makeDataDir();
    const first = await openBackendInThread({ dataDir });
    await call(first, 'employers.create', { name: 'Acme Ltd' });
    await first.close();
    const { backend, integrity } = await integrityWhenChecked(dataDir);
    expect(integrity).toEqual({ state: 'ok', problems: [] });
    await backend.close();
  });

  it('finds damage inside a record that still opens, and says what it found', async () => {
    const dataDir = makeDataDir();
    await injectFault(dataDir, 'damaged-index');
    const { backend, integrity } = await integrityWhenChecked(dataDir);
    expect(integrity.state).toBe('damaged');
    expect(integrity.problems.length).toBeGreaterThan(0);
    const [backup] = (await call(backend, 'backups.list')).backups;
    // The damaged file cannot be backed up before the restore, so it is kept aside instead.
    await call(backend, 'backups.restore', { file: backup!.file });
    expect(fs.readdirSync(dataDir).filter((name) => name.startsWith('bridgework-damaged-'))).toHaveLength(1);
    expect((await call(backend, 'employers.list', {})).total).toBe(300);
    expect(await checked(backend)).toEqual({ state: 'ok', problems: [] });
    await backend.close();
  });
});
