// The backend in its own thread, as the desktop app and the browser host run it.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend, type ThreadOptions } from '../../../electron/backend';
import { DatabaseUnavailableError } from '../../../electron/db/unavailable';
import { DomainError } from '../../../shared/result';
import { call } from '../../support/call';
import { injectFault } from '../../support/faults';
import { makeDataDir } from '../../support/temp-backend';

const stoppableThread = path.resolve(import.meta.dirname, '../../support/stoppable-thread.mjs');
let open: Backend[] = [];
afterEach(async () => {
  await Promise.all(open.map((backend) => backend.close()));
  open = [];
});

async function threaded(options: Partial<ThreadOptions> = {}) {
  const backend = await openBackend({ dataDir: makeDataDir(), ...options });
  open.push(backend);
  return backend;
}

const settledYet = (promise: Promise<unknown>) => {
  let settled = false;
  void promise.finally(() => (settled = true));
  return () => settled;
};

describe('the backend in its own thread', () => {
  it('leaves the calling thread free while sample data loads, and answers other calls meanwhile', async () => {
    const backend = await threaded();
    const loading = backend.invoke('app.loadSampleData');
    const loaded = settledYet(loading);
    // A timer in this thread fires while the load is still going: the thread was never held.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(loaded()).toBe(false);
    expect((await call(backend, 'app.info')).dataDir).toBeTruthy();
    expect(await loading).toMatchObject({ ok: true, value: { employers: 300, people: 1500, interactions: 20000 } });
    expect((await call(backend, 'employers.list', {})).total).toBe(300);
  });

  it('reads the caller’s clock at each call', async () => {
    let now = '2026-03-02T09:00:00.000Z';
    const backend = await threaded({ now: () => now });
    const first = await call(backend, 'employers.create', { name: 'Harbour Kitchens Ltd' });
    now = '2026-06-15T14:30:00.000Z';
    const second = await call(backend, 'employers.create', { name: 'Northgate Care Homes' });
    expect((await call(backend, 'employers.get', { id: first.id })).createdAt).toBe('2026-03-02T09:00:00.000Z');
    expect((await call(backend, 'employers.get', { id: second.id })).createdAt).toBe('2026-06-15T14:30:00.000Z');
  });

  it('calls the file chooser and the system viewer back in the caller’s thread', async () => {
    const asked: string[] = [];
    const opened: string[] = [];
    const exportsDir = makeDataDir();
    const backend = await threaded({
      exportsDir,
      choosePath: async (request) => {
        asked.push(request.kind);
        return null;
      },
      openFile: async (file) => void opened.push(file),
    });
    const restore = await backend.invoke('backups.restore', {});
    expect(restore).toEqual({ ok: false, error: expect.objectContaining({ code: 'cancelled' }) });
    expect(asked).toEqual(['backup']);
    const file = path.join(exportsDir, 'Employers.csv');
    fs.writeFileSync(file, 'Name\r\nHarbour Kitchens Ltd\r\n');
    await call(backend, 'exports.open', { name: 'Employers.csv' });
    expect(opened).toEqual([file]);
  });

  it('keeps the message of a refusal from the caller’s side, next to its field', async () => {
    const exportsDir = makeDataDir();
    const backend = await threaded({
      exportsDir,
      openFile: async () => {
        throw new DomainError('invalid_input', 'The file could not be opened: no program opens .csv files.', 'file');
      },
    });
    const file = path.join(exportsDir, 'Employers.csv');
    fs.writeFileSync(file, 'Name\r\n');
    expect(await backend.invoke('exports.open', { name: 'Employers.csv' })).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'invalid_input',
        message: 'The file could not be opened: no program opens .csv files.',
        field: 'file',
      }),
    });
  });

  it('refuses to open a record from a newer Bridgework with the reason', async () => {
    const dataDir = makeDataDir();
    await injectFault(dataDir, 'newer-schema');
    const attempt = openBackend({ dataDir });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(attempt).rejects.toThrow(/newer version of Bridgework/);
  });

  it('says so when its thread stops, and starts it again on the same record', async () => {
    const backend = await threaded({ threadScript: stoppableThread });
    const kept = await call(backend, 'employers.create', { name: 'Harbour Kitchens Ltd' });
    const stopped = await backend.invoke('test.stopThread' as never);
    expect(stopped).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'internal', message: expect.stringContaining('started again') }),
    });
    expect((await call(backend, 'employers.get', { id: kept.id })).name).toBe('Harbour Kitchens Ltd');
    await call(backend, 'employers.create', { name: 'Northgate Care Homes' });
    expect((await call(backend, 'employers.list', {})).total).toBe(2);
  });

  it('answers every call after closing with a message, not a crash', async () => {
    const backend = await threaded();
    await backend.close();
    expect(await backend.invoke('employers.list', {})).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'database_unavailable' }),
    });
  });
});
