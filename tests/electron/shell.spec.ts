// The desktop shell's promises (docs/security.md): app:// only, one door (invoke) into the
// backend, no navigation away, outside links to the system browser, one running copy.
import { spawn } from 'node:child_process';
import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { electronBinary, expect, launchArgs, noElectron, shellEnv, test } from './fixtures';

test.skip(!electronBinary, noElectron);

type Invoke = (procedure: string, input?: unknown) => Promise<{ ok: boolean; value?: { id: string; name: string } }>;
declare const bridgework: { invoke: Invoke };

test('starts, and loads its window from app://', async ({ window }) => {
  expect(window.url()).toMatch(/^app:\/\/bridgework\/index\.html/);
  await expect(window.getByRole('heading', { name: 'Welcome to Bridgework' })).toBeVisible();
});

test('the page can reach only invoke: no Node, no Electron', async ({ window }) => {
  const reach = await window.evaluate(() => ({
    bridge: Object.keys((globalThis as unknown as { bridgework: object }).bridgework),
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
  }));
  expect(reach).toEqual({ bridge: ['invoke'], require: 'undefined', process: 'undefined' });
});

test('a record goes through IPC to the database file and back', async ({ app, window, userDataDir }) => {
  const read = await window.evaluate(async () => {
    const created = await bridgework.invoke('employers.create', { name: 'Through the shell Ltd' });
    return bridgework.invoke('employers.get', { id: created.value!.id });
  });
  expect(read).toMatchObject({ ok: true, value: { name: 'Through the shell Ltd' } });
  await app.close();
  const db = new SQLite(path.join(userDataDir, 'data', 'bridgework.sqlite'), { readonly: true });
  expect(db.prepare('select name from employer').pluck().all()).toEqual(['Through the shell Ltd']);
  db.close();
});

test('refuses to navigate away or open windows; an outside link opens in the system browser', async ({
  app,
  window,
}) => {
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as unknown as { opened: string[] }).opened = opened;
    shell.openExternal = async (url: string) => void opened.push(url);
  });
  await window.evaluate(() => {
    location.href = 'https://example.org/';
  });
  await window.waitForTimeout(500);
  expect(window.url()).toMatch(/^app:\/\/bridgework\//);
  expect(await window.evaluate(() => globalThis.open('app://bridgework/index.html') === null)).toBe(true);
  await window.evaluate(() => {
    const link = document.createElement('a');
    link.href = 'https://example.org/guide';
    link.target = '_blank';
    link.textContent = 'Outside';
    document.body.append(link);
    link.click();
  });
  await expect
    .poll(() => app.evaluate(() => (globalThis as unknown as { opened: string[] }).opened))
    .toEqual(['https://example.org/guide']);
  expect(app.windows()).toHaveLength(1);
});

test('the native menus are built from the commands, and run them on the page', async ({ app, window }) => {
  const menus = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()!.items.map((item) => item.label));
  expect(menus).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']));
  await app.evaluate(({ Menu }) => {
    const help = Menu.getApplicationMenu()!.items.find((item) => item.label === 'Help')!;
    help.submenu!.items.find((item) => item.label === 'Keyboard shortcuts')!.click();
  });
  await expect(window.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});

test('a second launch focuses the first window; one with a backup offers to restore it', async ({
  app,
  window,
  userDataDir,
}) => {
  await app.evaluate(({ app: electronApp }) => {
    (globalThis as unknown as { launches: number }).launches = 0;
    electronApp.on('second-instance', () => (globalThis as unknown as { launches: number }).launches++);
  });
  const backupFile = await window.evaluate(async () => {
    await bridgework.invoke('app.finishWelcome', { start: 'empty' });
    await bridgework.invoke('employers.create', { name: 'In the backup Ltd' });
    return ((await bridgework.invoke('backups.create')) as unknown as { value: { file: string } }).value.file;
  });
  const second = spawn(electronBinary!, launchArgs(backupFile), { env: shellEnv(userDataDir), stdio: 'ignore' });
  const exitCode = await new Promise<number | null>((resolve) => second.on('exit', resolve));
  expect(exitCode).toBe(0);
  await expect.poll(() => app.evaluate(() => (globalThis as unknown as { launches: number }).launches)).toBe(1);
  expect(app.windows()).toHaveLength(1);
  await expect(window.getByRole('dialog', { name: 'Restore this backup?' })).toContainText(path.basename(backupFile));
  // The page is handed a token for the file; a path it writes itself is refused.
  const written = await window.evaluate((file) => bridgework.invoke('backups.restore', { file }), backupFile);
  expect(written).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'file' } });
});
