import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { databaseFileName } from '../../electron/db/open';
import { appUrl, call, expect, expectAccessible, openEmployer, test } from './fixtures';

/** What the record holds, read from the file as another program would. */
function held(dataDir: string) {
  const db = new SQLite(path.join(dataDir, databaseFileName), { readonly: true });
  const count = (table: string) => db.prepare(`select count(*) from ${table}`).pluck().get() as number;
  const result = {
    contacts: count('interaction'),
    people: count('person'),
    promises: count('commitment'),
    trustNotes: count('trust_note'),
  };
  db.close();
  return result;
}

test('Ctrl+Z takes back a contact with the person, promise and trust note saved with it; Ctrl+Shift+Z brings all four back', async ({
  page,
  app,
  dataDir,
}) => {
  const acme = await call(app.backend, 'employers.create', { name: 'Acme Logistics Ltd' });
  await openEmployer(page, acme.id);
  await page.keyboard.press('Control+l');
  const dialog = page.getByRole('dialog', { name: 'Log contact' });
  await dialog.getByRole('textbox', { name: 'Summary' }).fill('Depot visit about winter roles');
  const someoneNew = dialog.getByLabel('Someone new');
  await someoneNew.fill('Priya Shah');
  await someoneNew.press('Enter');
  await dialog.getByRole('button', { name: 'Add a trust note' }).click();
  await dialog.getByRole('combobox', { name: 'Level of trust' }).click();
  await page.getByRole('option', { name: 'Between our organisations' }).click();
  await dialog.getByRole('textbox', { name: 'What you saw or heard' }).fill('They kept their word on the trials.');
  await dialog.getByRole('button', { name: 'Add a promise' }).click();
  await dialog.getByRole('textbox', { name: 'What was promised' }).fill('Send three candidates');
  await dialog.getByRole('button', { name: 'Log contact' }).click();
  await expect(dialog).toBeHidden();
  const saved = { contacts: 1, people: 1, promises: 1, trustNotes: 1 };
  expect(held(dataDir)).toEqual(saved);
  const timeline = page.getByRole('region', { name: 'Relationship timeline' });
  await expect(timeline.getByText('Depot visit about winter roles', { exact: true })).toBeVisible();

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Undone: Logged a call with Acme Logistics Ltd.')).toBeVisible();
  await expect(timeline.getByText('Depot visit about winter roles', { exact: true })).toBeHidden();
  expect(held(dataDir)).toEqual({ contacts: 0, people: 0, promises: 0, trustNotes: 0 });

  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByText('Redone: Logged a call with Acme Logistics Ltd.')).toBeVisible();
  await expect(timeline.getByText('Depot visit about winter roles', { exact: true })).toBeVisible();
  expect(held(dataDir)).toEqual(saved);
});

test('a message on two lines keeps its whole Undo button', async ({ page, app }) => {
  const employer = await call(app.backend, 'employers.create', {
    name: 'Northgate Community Care Homes and Supported Living Ltd',
  });
  await openEmployer(page, employer.id);
  await page.keyboard.press('Control+l');
  const dialog = page.getByRole('dialog', { name: 'Log contact' });
  await dialog
    .getByRole('textbox', { name: 'Summary' })
    .fill('Call with the registered manager about the winter rota and two care assistant roles');
  await dialog.getByRole('button', { name: 'Log contact' }).click();
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toBeVisible();
  const fits = await undo.evaluate((button) => {
    const label = button.querySelector('.mantine-Button-label') ?? button;
    return label.scrollWidth <= label.clientWidth + 1 && button.getBoundingClientRect().width >= 40;
  });
  expect(fits).toBe(true);
});

test('an undo refused because the promise was kept since says why, and Recent changes lists every change', async ({
  page,
  app,
  dataDir,
}) => {
  const acme = await call(app.backend, 'employers.create', { name: 'Acme Logistics Ltd' });
  await call(app.backend, 'interactions.create', {
    employerId: acme.id,
    kind: 'call',
    status: 'done',
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    summary: 'Call about warehouse roles',
    commitments: [{ party: 'employer', description: 'Guaranteed interviews for four' }],
  });
  const [promise] = (await call(app.backend, 'commitments.forEmployer', { employerId: acme.id })).commitments;
  await call(app.backend, 'commitments.resolve', { id: promise!.id, status: 'kept' });

  await page.goto(`${appUrl}#/settings`);
  const recent = page.locator('#recent-changes');
  await expect(recent.getByRole('heading', { name: 'Recent changes' })).toBeVisible();
  const rows = recent.getByRole('row');
  await expect(rows.nth(1)).toContainText('Marked the promise “Guaranteed interviews for four” kept');
  await expect(rows.nth(2)).toContainText('Logged a call with Acme Logistics Ltd');
  await expect(rows.nth(3)).toContainText('Added Acme Logistics Ltd');
  await expectAccessible(page);

  await rows.nth(2).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Nothing was undone')).toBeVisible();
  await expect(
    page.getByText(/the promise “Guaranteed interviews for four” was changed after it by “Marked the promise/),
  ).toBeVisible();
  expect(held(dataDir)).toMatchObject({ contacts: 1, promises: 1 });

  // Undo the later change first, and then the contact can go.
  await rows.nth(1).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Undone: Marked the promise “Guaranteed interviews for four” kept.')).toBeVisible();
  await expect(rows.nth(1)).toContainText('Undid: Marked the promise');
  await rows.nth(3).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Undone: Logged a call with Acme Logistics Ltd.')).toBeVisible();
  expect(held(dataDir)).toMatchObject({ contacts: 0, promises: 0 });
  await expect(rows.nth(1)).toContainText('Undid: Logged a call');
  await expect(recent.getByRole('button', { name: 'Redo' })).toHaveCount(2);
});
