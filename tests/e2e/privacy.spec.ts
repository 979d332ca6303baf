import fs from 'node:fs';
import { appUrl, call, expect, expectAccessible, reopenAt, test } from './fixtures';

test('a person’s data: export what we hold, erase them, and check the text that named them', async ({ page, app }) => {
  const acme = await call(app.backend, 'employers.create', { name: 'Acme Ltd', notes: 'Ann Lee is our way in.' });
  const ann = await call(app.backend, 'people.create', {
    name: 'Ann Lee',
    email: 'ann@acme.example',
    employerId: acme.id,
  });
  await call(app.backend, 'people.create', { name: 'Quiet Person' });
  const backup = await call(app.backend, 'backups.create');

  await page.goto(`${appUrl}#/people/${ann.id}`);
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Export what we hold about them' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'What we hold about Ann Lee' });
  await exportDialog.getByRole('radio', { name: 'Web page (HTML)' }).check();
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  await exportDialog.getByRole('button', { name: 'Open file' }).click();
  await expect.poll(() => app.openedFiles.length).toBe(1);
  await exportDialog.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Erase their details' }).click();
  const ask = page.getByRole('dialog', { name: 'Erase their details?' });
  await expect(ask).toContainText('Ann Lee’s details, roles and place in every contact will be deleted for good.');
  await expectAccessible(page);
  await ask.getByRole('button', { name: 'Erase for good' }).click();
  await expect(
    page.getByText('Erased Ann Lee. 1 record still mentions them by name: check it in Settings, under Privacy.'),
  ).toBeVisible();
  // The backup taken while she was in the record still holds her, until it is pruned.
  const held = page.getByRole('dialog', { name: 'Ann Lee is still in 1 backup' });
  await expect(held.getByRole('table', { name: 'Backups that still hold them' })).toContainText('Kept until');
  await expectAccessible(page);
  await held.getByRole('button', { name: 'Erase from the backups' }).click();
  await expect(page.getByText('Erased Ann Lee from 1 backup.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
  expect(fs.readFileSync(backup.file).toString('latin1')).not.toContain('ann@acme.example');

  await page.goto(`${appUrl}#/settings`);
  await expect(page.getByRole('heading', { name: 'Text to check after an erasure' })).toBeVisible();
  await page.getByRole('button', { name: 'Mark Notes about Acme Ltd as checked' }).click();
  await expect(page.getByRole('heading', { name: 'Text to check after an erasure' })).toBeHidden();

  // Everyone here was added today: nobody has gone quiet for 6 years.
  await expect(page.getByText('Everyone has been in touch in that time')).toBeVisible();
  expect((await call(app.backend, 'people.list', {})).rows.map((p) => p.name)).toEqual(['Quiet Person']);
});

test.describe('with the sample record', () => {
  test.use({ demoData: 'small' });

  test('the retention review lists people not in touch for the chosen years; keeping one asks why', async ({
    page,
  }) => {
    await page.goto(`${appUrl}#/settings`);
    await page.getByRole('textbox', { name: 'No contact for at least (years)' }).fill('1');
    const table = page.getByRole('table', { name: /^People to review/ });
    await expect(table).toBeVisible();
    const first = table.getByRole('row').nth(1);
    const name = (await first.getByRole('link').textContent())!;
    await first.getByRole('button', { name: `Keep ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Keep their details' });
    await dialog.getByRole('button', { name: 'Keep their details' }).click();
    await expect(dialog.getByText('Say why you are keeping their details')).toBeVisible();
    await expectAccessible(page);
    await dialog.getByRole('textbox').fill('Still our contact for the spring programme');
    await dialog.getByRole('button', { name: 'Keep their details' }).click();
    await expect(dialog).toBeHidden();
    await expect(table.getByRole('link', { name, exact: true })).toBeHidden();
  });
});

test('protect the record with a passphrase, lock it, and unlock it: a wrong passphrase is said next to the field', async ({
  page,
  app,
}) => {
  await call(app.backend, 'employers.create', { name: 'Acme Ltd' });
  await call(app.backend, 'backups.create');
  await reopenAt(page, '/settings');
  await page.getByRole('button', { name: 'Set a passphrase' }).click();
  // The backup already taken is encrypted too, unless the person chooses to delete it.
  await expect(page.getByRole('radio', { name: 'Encrypt them with the new passphrase (recommended)' })).toBeChecked();
  await page.getByLabel('New passphrase', { exact: true }).fill('short');
  await page.getByLabel('Type the new passphrase again', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Protect my record' }).click();
  await expect(page.getByText('Use at least 10 characters. A few words you will remember work well.')).toBeVisible();
  await page.getByLabel('New passphrase', { exact: true }).fill('kettle on the hob');
  await page.getByLabel('Type the new passphrase again', { exact: true }).fill('kettle on the hob');
  await page.getByRole('button', { name: 'Protect my record' }).click();
  await expect(
    page.getByText('Your record is now protected with your passphrase. 1 older backup was encrypted with it too.'),
  ).toBeVisible();
  await expect(page.getByText('Your record and its backups are encrypted.')).toBeVisible();

  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { name: 'Bridgework is locked' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Passphrase', { exact: true }).fill('kettle off the hob');
  await page.keyboard.press('Enter');
  await expect(page.getByText('That passphrase is not right. Check it and try again.')).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill('kettle on the hob');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Bridgework is locked' })).toBeHidden();
  await page.getByRole('link', { name: 'Employers', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Acme Ltd' })).toBeVisible();
});

test('a protected record locks itself after the chosen time without use', async ({ page, app }) => {
  const passphrase = 'kettle on the hob';
  await call(app.backend, 'security.setPassphrase', { passphrase, repeated: passphrase });
  await call(app.backend, 'settings.update', { lockAfterMinutes: 5 });
  await page.clock.install();
  // Load the app again, so every timer it starts runs on the installed clock.
  await reopenAt(page, '/settings');
  await expect(page.getByText('Your record and its backups are encrypted.')).toBeVisible();
  await page.clock.fastForward('04:00');
  await expect(page.getByRole('heading', { name: 'Bridgework is locked' })).toBeHidden();
  await page.clock.fastForward('01:30');
  await expect(page.getByRole('heading', { name: 'Bridgework is locked' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Bridgework is locked' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
});
