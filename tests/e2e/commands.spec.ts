// The menus' commands and their shortcuts. The browser host has no native menus, so the page binds
// every shortcut itself; the desktop app's menus hand the same commands to the page with
// `commandScript`, which these tests run just as Electron's main process does.
import path from 'node:path';
import { commandScript } from '../../electron/menu';
import { call, expect, expectAccessible, test } from './fixtures';

const heading = (page: import('@playwright/test').Page, name: string) =>
  page.getByRole('heading', { level: 1, name, exact: true });

test.describe('with a record in use', () => {
  test.use({ demoData: 'small' });

  test('every shortcut on the menus works from the keyboard', async ({ page }) => {
    await expect(heading(page, 'Today')).toBeVisible();
    await page.keyboard.press('Control+2');
    await expect(heading(page, 'Employers')).toBeVisible();
    await page.keyboard.press('Control+3');
    await expect(heading(page, 'People')).toBeVisible();
    await page.keyboard.press('Control+4');
    await expect(heading(page, 'Programmes')).toBeVisible();
    await page.keyboard.press('Control+5');
    await expect(heading(page, 'Funder report')).toBeVisible();
    await page.keyboard.press('Control+6');
    await expect(heading(page, 'Case studies')).toBeVisible();
    await page.keyboard.press('Control+1');
    await expect(heading(page, 'Today')).toBeVisible();

    await page.keyboard.press('Control+Shift+E');
    await expect(heading(page, 'Add an employer')).toBeVisible();
    await page.keyboard.press('Control+O');
    await expect(heading(page, 'Import')).toBeVisible();
    await page.keyboard.press('Control+Comma');
    await expect(heading(page, 'Settings')).toBeVisible();

    await page.keyboard.press('Control+L');
    await expect(page.getByRole('dialog', { name: 'Log contact' })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+K');
    await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+Shift+B');
    await expect(page.getByText(/^Backed up your record at/)).toBeVisible();

    await page.keyboard.press('Control+Shift+L');
    await expect(page.getByText('There is nothing to lock yet')).toBeVisible();
    await expect(page.locator('#passphrase')).toBeFocused();

    await page.keyboard.press('Control+Slash');
    const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(shortcuts.getByRole('row', { name: /Log a call, email or visit/ })).toContainText('Ctrl');
    await expect(shortcuts.getByRole('row', { name: /Add an employer \(on Employers\)/ })).toBeVisible();
    await expectAccessible(page);
    await page.keyboard.press('Escape');

    await page.keyboard.press('F1');
    await expect(heading(page, 'User guide')).toBeVisible();
    const picture = page.locator('.guide img').first();
    await expect(picture).toBeVisible();
    expect(await picture.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    await expectAccessible(page);
  });

  test('the desktop menus’ commands reach the page: export, restore, about', async ({ page, dataDir }) => {
    await expect(heading(page, 'Today')).toBeVisible();
    await page.evaluate(commandScript({ id: 'export' }));
    await expect(page.locator('#your-data')).toBeFocused();
    await page.evaluate(commandScript({ id: 'restore' }));
    await expect(page.locator('#backups')).toBeFocused();
    await page.evaluate(commandScript({ id: 'about' }));
    const about = page.getByRole('dialog', { name: 'About Bridgework' });
    await expect(about).toContainText(path.join(dataDir, 'bridgework.sqlite'));
    await expect(about).toContainText('Bridgework version');
    await expectAccessible(page);
  });
});

test('Help, in the menu, shows the guide, the shortcuts and About', async ({ page }) => {
  await page.getByRole('link', { name: 'Help' }).click();
  await expect(heading(page, 'User guide')).toBeVisible();
  await page.getByRole('button', { name: 'Show keyboard shortcuts' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'About Bridgework' }).click();
  await expect(page.getByRole('dialog', { name: 'About Bridgework' })).toContainText('Your data is saved in');
});

test('a backup opened from the file manager offers to restore it, even as the app starts', async ({ page, app }) => {
  await call(app.backend, 'employers.create', { name: 'In the backup Ltd' });
  const backup = await call(app.backend, 'backups.create');
  await call(app.backend, 'employers.create', { name: 'Added later Ltd' });

  // Double-clicked while Bridgework was closed: the command is waiting before the page listens.
  const opened = { id: 'open-backup', file: app.chosenFiles.tokenFor(backup.file), name: backup.name } as const;
  await page.addInitScript(commandScript(opened));
  await page.reload();
  const offer = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(offer).toContainText(backup.name);
  await expectAccessible(page);
  await offer.getByRole('button', { name: 'Keep my record as it is' }).click();
  await expect(offer).toBeHidden();
  expect((await call(app.backend, 'employers.list', {})).total).toBe(2);

  // Double-clicked while it is open.
  await page.evaluate(commandScript(opened));
  await offer.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByText(/^Restored your record from the backup you opened/)).toBeVisible();
  const names = (await call(app.backend, 'employers.list', {})).rows.map((employer) => employer.name);
  expect(names).toEqual(['In the backup Ltd']);

  // The page itself cannot name a file: only the token it was handed works.
  const written = await page.evaluate(
    (file) =>
      (window as unknown as { bridgework: { invoke: (p: string, i: unknown) => Promise<unknown> } }).bridgework.invoke(
        'backups.restore',
        { file },
      ),
    backup.file,
  );
  expect(written).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'file' } });
});
