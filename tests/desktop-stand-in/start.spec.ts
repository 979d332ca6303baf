// The desktop shell's start, where Electron's binary cannot be installed: the built
// electron/main.ts runs in Node against a stand-in `electron` module that tells the test what it
// was asked (tests/support/electron-stand-in). The real shell is tested in tests/electron.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { injectFault } from '../support/faults';

type Told = { event: string; id?: number; [detail: string]: unknown };
const root = path.resolve(import.meta.dirname, '../..');
const appUrl = 'app://bridgework/index.html';

async function startShell(prepare?: (dataDir: string) => Promise<unknown>) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgework-shell-'));
  const dataDir = path.join(folder, 'data');
  fs.mkdirSync(dataDir);
  await prepare?.(dataDir);
  const told: Told[] = [];
  const child: ChildProcess = fork(path.join(root, 'out/main/index.js'), {
    cwd: root,
    execArgv: ['--import', path.join(root, 'tests/support/electron-stand-in/register.mjs')],
    env: { ...process.env, BRIDGEWORK_USER_DATA_DIR: folder, BRIDGEWORK_DATA_DIR: dataDir },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiters: { until: (told: Told) => boolean; resolve: (told: Told) => void }[] = [];
  child.on('message', (message: Told) => {
    told.push(message);
    for (const waiter of waiters.filter((waiting) => waiting.until(message))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(message);
    }
  });
  const next = (until: (told: Told) => boolean) =>
    told.find(until) ?? new Promise<Told>((resolve) => waiters.push({ until, resolve }));
  let nextId = 0;
  const ask = (request: Record<string, unknown>) => {
    const id = nextId++;
    child.send({ ...request, id });
    return next((message) => message.event === 'answer' && message.id === id);
  };
  return {
    dataDir,
    told,
    windowLoaded: () => next((message) => message.event === 'BrowserWindow.loadURL'),
    invoke: (procedure: string, input?: unknown, from = appUrl) => ask({ do: 'invoke', procedure, input, from }),
    fetch: (url: string) => ask({ do: 'fetch', url }),
    quit: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ do: 'quit' });
      await exited;
      // It waited for the backend to close the record, then exited.
      expect(told.map((message) => message.event).slice(-2)).toEqual(['will-quit handled', 'app.exit']);
      expect(told.find((message) => message.event === 'will-quit handled')).toMatchObject({ waited: true });
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

test('the shell takes the lock first, serves the app, and answers through one IPC handler from the backend’s thread', async () => {
  const shell = await startShell();
  const loaded = await shell.windowLoaded();
  expect(loaded).toMatchObject({ url: appUrl, status: 200, page: expect.stringContaining('<div id="root">') });
  const events = shell.told.map((told) => told.event);
  expect(shell.told.find((told) => told.event === 'app.requestSingleInstanceLock')).toMatchObject({
    recordOpenedYet: false,
  });
  expect(events.indexOf('app.requestSingleInstanceLock')).toBeLessThan(events.indexOf('protocol.handle'));
  expect(shell.told.filter((told) => told.event === 'ipcMain.handle')).toEqual([
    { event: 'ipcMain.handle', channel: 'bridgework:invoke' },
  ]);
  expect(shell.told.find((told) => told.event === 'new BrowserWindow')).toMatchObject({
    title: 'Bridgework',
    webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false },
  });

  const info = await shell.invoke('app.info');
  expect(info.answer).toMatchObject({ ok: true, value: { dataDir: shell.dataDir, employerCount: 0 } });
  // The shell's own thread keeps running its timers while the backend's thread loads sample data.
  const sample = await shell.invoke('app.loadSampleData');
  expect(sample.answer).toMatchObject({ ok: true, value: { employers: 300, people: 1500, interactions: 20000 } });
  expect(sample.ticksMeanwhile).toBeGreaterThan(1);

  const served = await shell.fetch(appUrl);
  expect(served).toMatchObject({ status: 200, contentSecurityPolicy: expect.stringContaining("default-src 'self'") });
  expect(await shell.fetch('app://bridgework/..%2F..%2Fpackage.json')).toMatchObject({ status: 404 });
  expect(await shell.invoke('app.info', undefined, 'https://example.org/')).toMatchObject({
    refused: expect.stringContaining('not the Bridgework window'),
  });
  await shell.quit();
});

test('a record that cannot open still gets a window, which explains why', async () => {
  const shell = await startShell((dataDir) => injectFault(dataDir, 'newer-schema'));
  expect(await shell.windowLoaded()).toMatchObject({ url: appUrl, status: 200 });
  const info = await shell.invoke('app.info');
  expect(info.answer).toEqual({
    ok: false,
    error: expect.objectContaining({ code: 'database_unavailable', message: expect.stringContaining('newer version') }),
  });
  await shell.quit();
});
