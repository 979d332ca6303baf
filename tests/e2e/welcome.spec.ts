import fs from 'node:fs';
import path from 'node:path';
import { call, expect, expectAccessible, sampleDataMs, test } from './fixtures';

test.use({ welcomed: false });

test('a new user sets up, explores with sample data, then removes it in one step', async ({ page, app, dataDir }) => {
  test.slow();
  await expect(page.getByRole('heading', { name: 'Welcome to Bridgework' })).toBeVisible();
  await expectAccessible(page);

  const charity = page.getByRole('textbox', { name: 'Your charity’s name' });
  await charity.fill('N'.repeat(121));
  await page.getByRole('textbox', { name: 'Your name' }).fill('Sam Patel');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(charity).toHaveAccessibleDescription(/Keep the charity's name to 120 characters or fewer/);
  await charity.fill('Northside Works');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { name: 'Backups' })).toBeVisible();
  const folder = path.join(dataDir, 'OneDrive', 'Bridgework backups');
  app.nextChosenPaths.push(folder);
  await page.getByRole('button', { name: 'Change folder' }).click();
  await expect(page.getByText(`Backups are kept in ${folder}`)).toBeVisible();
  await page.getByRole('button', { name: 'Set a passphrase' }).click();
  await page.getByLabel('New passphrase', { exact: true }).fill('correct horse battery');
  await page.getByLabel('Type the new passphrase again', { exact: true }).fill('correct horse battery');
  await page.getByRole('button', { name: 'Protect my record' }).click();
  await expect(page.getByText('Your record and its backups are protected with your passphrase.')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('group', { name: 'How to start' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: /Explore with sample data/ }).click();
  // Writing 20,000 contacts takes a few seconds, and longer on a busy machine.
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible({ timeout: sampleDataMs });
  await expect(page.getByText(/^Good (morning|afternoon|evening), Sam\./)).toBeVisible();
  const banner = page.getByRole('alert').filter({ hasText: 'You are exploring sample data' });
  await expect(banner).toBeVisible();
  await expectAccessible(page);
  expect(await call(app.backend, 'settings.get')).toMatchObject({
    charity: { name: 'Northside Works' },
    yourName: 'Sam Patel',
    encrypted: true,
  });

  await banner.getByRole('button', { name: 'Remove sample data' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove the sample data?' });
  await expect(confirm).toContainText('including anything you added while exploring');
  await confirm.getByRole('button', { name: 'Remove sample data' }).click();
  await expect(
    page.getByText('Removed the sample data. Your record is empty and ready for your own employers.'),
  ).toBeVisible({ timeout: sampleDataMs });
  await expect(page.getByRole('heading', { name: 'Add your first employer' })).toBeVisible();
  await expect(banner).toBeHidden();
  expect(fs.readdirSync(folder).some((name) => name.endsWith('-before-removing-sample.bwbackup'))).toBe(true);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Add your first employer' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome to Bridgework' })).toBeHidden();
});

test('“Import my spreadsheet” goes straight to the import; the welcome is not shown again', async ({ page }) => {
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: /Import my spreadsheet/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Import' })).toBeVisible();
});

test('“Start empty” opens an empty record, ready for the first employer', async ({ page }) => {
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.keyboard.press('Tab');
  await page.getByRole('button', { name: /Start empty/ }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Add your first employer' })).toBeVisible();
});
