import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { latestSchemaVersion } from '../../electron/db/migrations';
import { call, expect, expectAccessible, test } from './fixtures';

test('Today sends a new user to add employers first', async ({ page }) => {
  await page.getByRole('link', { name: 'Today', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Add your first employer' })).toBeVisible();
});

test('Settings shows where the data is kept', async ({ page, dataDir }) => {
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByText(path.join(dataDir, 'bridgework.sqlite'))).toBeVisible();
  await expectAccessible(page);
});

test('Settings changes how often each phase expects contact, refusing a nonsense number', async ({ page, app }) => {
  await page.getByRole('link', { name: 'Settings' }).click();
  const maintaining = page.getByRole('textbox', { name: 'Maintaining' });
  await expect(maintaining).toHaveValue('30 days');
  await maintaining.fill('0');
  await page.getByRole('button', { name: 'Save how often to be in touch' }).click();
  await expect(maintaining).toHaveAccessibleDescription('Enter at least 1 day');
  await maintaining.fill('45');
  await page.getByRole('button', { name: 'Save how often to be in touch' }).click();
  await expect(page.getByText('Saved how often to be in touch.')).toBeVisible();
  const saved = await app.backend.invoke('settings.get', {});
  expect(saved.ok && saved.value.cadenceDays.maintaining).toBe(45);
});

// A 2×1 pixel PNG, standing in for a charity's logo.
const logoPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGNgYPj/n4GBgQEADfYB/2m7s4sAAAAASUVORK5CYII=',
  'base64',
);

test('Settings backs up the record when asked, and keeps the charity’s name and logo for exports', async ({
  page,
  app,
  dataDir,
}) => {
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByText(`Backups are kept in ${path.join(dataDir, 'backups')}`)).toBeVisible();
  await expect(page.getByText('No backups yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/^Backed up your record at/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Backups, newest first' })).toContainText('You asked for it');

  await call(app.backend, 'employers.create', { name: 'Added after the backup Ltd' });
  await page.getByRole('button', { name: /^Restore the backup from/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(confirm).toContainText('Bridgework first backs up your record as it is now');
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText(/^Restored your record as it was at/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Backups, newest first' })).toContainText('Before a restore');
  expect((await call(app.backend, 'employers.list', {})).total).toBe(0);

  const stick = path.join(dataDir, 'usb-stick');
  fs.mkdirSync(stick);
  app.nextChosenPaths.push(stick);
  await page.getByRole('button', { name: 'Back up to another folder' }).click();
  await expect(
    page.getByText(/^Saved a backup of your record as bridgework-.*-manual\.bwbackup in the folder you chose\.$/),
  ).toBeVisible();
  const onStick = path.join(stick, fs.readdirSync(stick)[0]!);
  await call(app.backend, 'employers.create', { name: 'Added after the stick Ltd' });
  app.nextChosenPaths.push(onStick);
  await page.getByRole('button', { name: 'Restore from a file' }).click();
  await expect(page.getByText('Restored your record from the file you chose.', { exact: false })).toBeVisible();
  expect((await call(app.backend, 'employers.list', {})).total).toBe(0);

  await page.getByRole('textbox', { name: 'Charity name' }).fill('Northside Works');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Logo (optional)' }).click();
  await (await chooser).setFiles({ name: 'logo.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') });
  await expect(page.getByRole('button', { name: 'Logo (optional)' })).toHaveAccessibleDescription(
    /Choose a PNG or JPEG picture for the logo/,
  );
  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Logo (optional)' }).click();
  await (await again).setFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logoPng });
  await expect(page.getByRole('img', { name: 'Your logo' })).toBeVisible();
  // The name printed on exports can be changed here, as the welcome says.
  await page.getByRole('textbox', { name: 'Your name' }).fill('Priya Shah');
  await page.getByRole('button', { name: 'Save these details' }).click();
  await expect(page.getByText('Saved your charity’s details and your name.')).toBeVisible();
  await expectAccessible(page);
  const saved = await app.backend.invoke('settings.get', {});
  expect(saved.ok && saved.value.charity).toMatchObject({ name: 'Northside Works', logo: { width: 2, height: 1 } });
  expect(saved.ok && saved.value.yourName).toBe('Priya Shah');
});

test.describe('when the data was saved by a newer Bridgework', () => {
  test.use({ fault: 'newer-schema' });
  test('the app explains that instead of opening, and changes nothing', async ({ page, dataDir }) => {
    await expect(page.getByRole('heading', { name: 'Bridgework cannot open your data' })).toBeVisible();
    await expect(page.getByText(/saved by a newer version of Bridgework/).first()).toBeVisible();
    await expectAccessible(page);
    const db = new SQLite(path.join(dataDir, 'bridgework.sqlite'), { readonly: true });
    const tables = db.prepare("select name from sqlite_master where type = 'table'").pluck().all();
    expect(tables).toEqual(['from_the_future']);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion + 1);
    db.close();
  });
});

test.describe('when the data file is damaged', () => {
  test.use({ fault: 'damaged-database' });
  test('the app says the file is damaged and what to do', async ({ page }) => {
    await expect(page.getByRole('heading', { name: 'Bridgework cannot open your data' })).toBeVisible();
    await expect(page.getByText(/the file is damaged/).first()).toBeVisible();
    await expect(page.getByText(/Restore it from a backup/).first()).toBeVisible();
  });
});

test.describe('when the data file is damaged and there is a backup', () => {
  test.use({ fault: 'damaged-database-with-backup' });
  test('the app offers to restore the newest backup, and then opens', async ({ page, dataDir }) => {
    await expect(page.getByRole('heading', { name: 'Bridgework cannot open your data' })).toBeVisible();
    await expect(page.getByText('You can restore your most recent backup')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: /^Restore the backup from/ }).click();
    await page.getByRole('link', { name: 'Employers', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Kept In The Backup Ltd' })).toBeVisible();
    expect(fs.readdirSync(dataDir).some((name) => name.startsWith('bridgework-damaged-'))).toBe(true);
  });
});

test.describe('when the damaged file looks like an encrypted one', () => {
  test.use({ fault: 'damaged-database-like-encrypted' });
  test('the lock screen also offers the newest backup, and restoring it opens the record', async ({
    page,
    dataDir,
  }) => {
    await expect(page.getByRole('heading', { name: 'Bridgework is locked' })).toBeVisible();
    await expect(page.getByText('If you never set a passphrase, your record’s file may be damaged.')).toBeVisible();
    await page.getByRole('button', { name: /^Restore the backup from/ }).click();
    await expect(page.getByRole('heading', { name: 'Bridgework is locked' })).toBeHidden();
    await page.getByRole('link', { name: 'Employers', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Kept In The Backup Ltd' })).toBeVisible();
    expect(fs.readdirSync(dataDir).some((name) => name.startsWith('bridgework-damaged-'))).toBe(true);
  });
});

test.describe('when the check after opening finds damage inside the file', () => {
  test.use({ fault: 'damaged-index' });
  test('every page says so and offers the newest backup; restoring it clears the warning', async ({
    page,
    dataDir,
  }) => {
    await expect(page.getByRole('alert').filter({ hasText: 'Part of your data file is damaged' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: /^Restore the backup from/ }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Part of your data file is damaged' })).toBeHidden();
    await page.getByRole('link', { name: 'Employers', exact: true }).click();
    await expect(page.getByText('300 employers', { exact: true })).toBeVisible();
    expect(fs.readdirSync(dataDir).some((name) => name.startsWith('bridgework-damaged-'))).toBe(true);
  });
});
