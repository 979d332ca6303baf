// A page made to ask for any file: over IPC, every procedure that takes a file or folder takes
// only a token for one the person chose, so a path the page writes is refused before the backend
// sees it, and nothing outside the data folder is read, copied, restored or created.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import { ChosenFiles } from '../../electron/chosen-files';
import type { Backend } from '../../electron/backend';
import { aReferral } from '../support/referral';
import { call, makeDataDir, test } from '../support/temp-backend';

/** What main.ts and the browser host do with every call from the window. */
const fromPage = (backend: Backend, chosen: ChosenFiles) => (procedure: string, input: unknown) => {
  const checked = chosen.fromPage(procedure, input);
  return checked.ok ? backend.invoke(procedure as never, checked.input as never) : Promise.resolve(checked);
};
const refused = {
  ok: false,
  error: {
    code: 'invalid_input',
    message: 'Choose the file again. Bridgework only uses files and folders you choose.',
  },
};

describe('paths written by the page', () => {
  test('are refused for every procedure that takes a file or folder', async ({ backend, dataDir }) => {
    const page = fromPage(backend, new ChosenFiles());
    await call(backend, 'employers.create', { name: 'Harbour Kitchens Ltd' });
    const elsewhere = makeDataDir();
    const backup = await call(backend, 'backups.create');
    const outside = path.join(elsewhere, 'copied.bwbackup');
    fs.copyFileSync(backup.file, outside);
    const { referral } = await aReferral(backend);
    const before = await call(backend, 'changes.list', {});
    const employers = await call(backend, 'employers.list', {});

    expect(
      await page('evidence.attach', { referralId: referral.id, file: { path: '/proc/self/environ' } }),
    ).toMatchObject({
      ...refused,
      error: { ...refused.error, field: 'file' },
    });
    expect(await page('backups.restore', { file: outside })).toMatchObject(refused);
    expect(await page('imports.archive', { file: '/etc/passwd' })).toMatchObject(refused);
    expect(await page('backups.setFolder', { folder: path.join(elsewhere, 'made-by-the-page') })).toMatchObject(
      refused,
    );
    expect(await page('backups.restore', { file: 'chosen:00000000-0000-0000-0000-000000000000' })).toMatchObject(
      refused,
    );
    expect(await page('backups.restore', { file: { path: outside } })).toMatchObject(refused);

    expect(fs.readdirSync(elsewhere)).toEqual(['copied.bwbackup']);
    expect(fs.existsSync(path.join(dataDir, 'evidence')) ? fs.readdirSync(path.join(dataDir, 'evidence')) : []).toEqual(
      [],
    );
    expect(await call(backend, 'changes.list', {})).toEqual(before);
    expect(await call(backend, 'employers.list', {})).toEqual(employers);
  });

  test('a file the person opened from the file manager is used through its token', async ({ backend }) => {
    const chosen = new ChosenFiles();
    const page = fromPage(backend, chosen);
    await call(backend, 'employers.create', { name: 'Harbour Kitchens Ltd' });
    const backup = await call(backend, 'backups.create');
    await call(backend, 'employers.create', { name: 'Bolt Cafe' });
    expect(await page('backups.restore', { file: chosen.tokenFor(backup.file) })).toMatchObject({
      ok: true,
      value: { restored: true },
    });
    expect((await call(backend, 'employers.list', {})).rows.map((row) => row.name)).toEqual(['Harbour Kitchens Ltd']);
  });

  test('the backups listed are restored by name, never by a path', async ({ backend }) => {
    const page = fromPage(backend, new ChosenFiles());
    const backup = await call(backend, 'backups.create');
    expect(await page('backups.restore', { name: backup.name })).toMatchObject({ ok: true });
    expect(await page('backups.restore', { name: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'name' },
    });
    expect(await page('backups.restore', { name: 'bridgework-2020-01-01-000000-manual.bwbackup' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'name' },
    });
  });

  test('a backups folder must be a full path (tools and tests call with paths)', async ({ backend }) => {
    const before = fs.readdirSync(process.cwd());
    expect(await backend.invoke('backups.setFolder', { folder: 'C:\\Backups' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'folder' },
    });
    expect(fs.readdirSync(process.cwd())).toEqual(before);
  });
});
