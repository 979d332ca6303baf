import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { describe, expect } from 'vitest';
import { databaseFileName } from '../../../electron/db/open';
import { openBackendInThreadOrExplain } from '../../../electron/backend-in-thread';
import { latestSchemaVersion } from '../../../electron/db/migrations';
import { injectFault } from '../../support/faults';
import { call, makeDataDir, test } from '../../support/temp-backend';

describe('the backend boundary', () => {
  test('answers an unknown procedure with a code, not an exception', async ({ backend }) => {
    const result = await backend.invoke('employers.explode' as never, {} as never);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'unknown_procedure' }) });
  });

  test.for([null, 42, 'text', [], { name: 7 }])('answers input %j with invalid_input', async (input, { backend }) => {
    const result = await backend.invoke('employers.create', input as never);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid_input' }) });
  });

  test('tells the app where its data is and which schema it has', async ({ backend, dataDir }) => {
    const info = await call(backend, 'app.info');
    expect(info).toMatchObject({ dataDir, schemaVersion: latestSchemaVersion, employerCount: 0 });
    expect(info.versions.sqlite).toMatch(/^3\./);
  });

  test('loads the small sample data set once, and only into an empty record', async ({ backend }) => {
    expect(await call(backend, 'app.loadSampleData')).toEqual({ employers: 300, people: 1500, interactions: 20000 });
    expect((await call(backend, 'employers.list', {})).total).toBe(300);
    const again = await backend.invoke('app.loadSampleData');
    expect(again).toEqual({ ok: false, error: expect.objectContaining({ code: 'conflict' }) });
    expect((await call(backend, 'employers.list', {})).total).toBe(300);
  });

  test('every answer from a closed backend is a message, not a crash', async ({ backend }) => {
    await backend.close();
    const result = await backend.invoke('employers.list', {});
    expect(result.ok).toBe(false);
  });

  test('a host keeps answering with the reason when the data cannot be opened', async () => {
    const dataDir = makeDataDir();
    await injectFault(dataDir, 'newer-schema');
    const backend = await openBackendInThreadOrExplain({ dataDir });
    const result = await backend.invoke('app.info');
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'database_unavailable',
        message: expect.stringContaining('newer version'),
      }),
    });
  });

  test('a database that is not one of Bridgework’s still opens a window that says so and offers backups', async () => {
    const dataDir = makeDataDir();
    const crafted = new SQLite(path.join(dataDir, databaseFileName));
    crafted.exec('create table employer (id text); create table kysely_migration (name text, timestamp text)');
    crafted.close();
    const unexpected: string[] = [];
    const backend = await openBackendInThreadOrExplain({
      dataDir,
      onUnexpectedError: (_e, at) => void unexpected.push(at),
    });
    expect(await backend.invoke('app.info')).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'database_unavailable',
        message: expect.stringContaining('Restore your newest backup'),
      }),
    });
    expect((await call(backend, 'backups.list')).backups).toEqual([]);
    expect(unexpected).toEqual(['opening the record']);
    await backend.close();
  });
});
