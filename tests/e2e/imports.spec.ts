import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { appUrl, call, expect, expectAccessible, test } from './fixtures';

/** Mantine's Select: the input itself, not its list of options (which shares the name). */
const selectNamed = (page: Page, name: string) => page.locator(`input[aria-label="${name}"]`);

const spreadsheet = [
  'Organisation,Industry,Borough,Main contact,Their role,Email,Comments',
  'Bolt Cafe,Hospitality,Salford,Ann Lee,Owner,ann@bolt.example,Keen on trial shifts',
  'Acme and Sons Limited,Retail,Trafford,Raj Patel,Store manager,raj@acme.example,',
  'Northern Rail,Transport,Manchester,Grace Okafor,HR partner,not-an-email,',
  'Kiln Bakery,Baking,Bolton,,,,',
].join('\n');

test('import employers from a spreadsheet: match the columns, check the rows, import, and get the changed rows back', async ({
  page,
  app,
  dataDir,
}) => {
  await call(app.backend, 'employers.create', { name: 'Acme & Sons Ltd' });
  await page.goto(`${appUrl}#/import`);
  await expect(page.getByRole('heading', { name: 'Import', level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Read the file' }).click();
  await expect(page.getByText('Choose a file to import')).toBeVisible();

  const file = path.join(dataDir, 'employers.csv');
  fs.writeFileSync(file, spreadsheet);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('button', { name: 'Read the file' }).click();

  await expect(page.getByText('employers.csv has 4 rows. Read as CSV, UTF-8, separated by commas.')).toBeVisible();
  await expect(selectNamed(page, 'Store “Organisation” as')).toHaveValue('Employer name');
  await expect(selectNamed(page, 'Store “Main contact” as')).toHaveValue('Person’s name');
  await expect(selectNamed(page, 'Store “Industry” as')).toHaveValue('Sector');
  await expect(selectNamed(page, 'Store “Borough” as')).toHaveValue('Area');
  // Each guess says why.
  await expect(page.getByText('Guessed from its header, “Organisation”.')).toBeVisible();
  await expect(page.getByText('Most of its values look like email addresses.')).toBeHidden();
  // "Comments" was not guessed: store it as the employer's notes.
  await selectNamed(page, 'Store “Comments” as').click();
  await page.getByRole('option', { name: 'Notes about the employer' }).click();
  await expect(selectNamed(page, 'Store “Comments” as')).toHaveValue('Notes about the employer');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Check every row' }).click();

  const status = page.getByRole('status').filter({ hasText: 'What will happen' });
  await expect(status).toContainText('4 rows are ready to import.');
  await expect(status).toContainText('2 rows will be imported with changes: a value that does not fit is left out');
  await expect(status).toContainText('1 row matches a record you already have.');
  await expect(
    page.getByRole('cell', { name: 'Email: Enter an email address like name@example.co.uk. It is kept in the notes.' }),
  ).toBeVisible();
  await expect(
    page.getByRole('cell', {
      name: 'Industry: “Baking” is not on your list, so it is left empty and kept in the notes.',
    }),
  ).toBeVisible();
  // Once for each value not on the list: store it as the nearest, rather than leave it empty.
  await selectNamed(page, 'Store “Baking” in Industry as').click();
  await page.getByRole('option', { name: 'Hospitality and catering' }).click();
  await expect(
    page.getByRole('cell', {
      name: 'Industry: “Baking” is not on your list, so it is stored as Hospitality and catering.',
    }),
  ).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Acme & Sons Ltd', exact: true })).toBeVisible();
  await expectAccessible(page);
  await selectNamed(page, 'What to do with row 3, Acme and Sons Limited').click();
  await page.getByRole('option', { name: 'Update it' }).click();
  await expect(page.getByRole('cell', { name: 'Update Acme & Sons Ltd' })).toBeVisible();
  await page.getByRole('button', { name: 'Import 4 rows' }).click();

  const done = page.getByRole('status').filter({ hasText: 'Imported employers.csv' });
  await expect(done).toContainText('Added 3 employers.');
  await expect(done).toContainText('Added 3 people.');
  await expect(done).toContainText('Updated 1 record.');
  await expect(page.getByText('2 rows were imported with changes')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Open file' }).click();
  await expect.poll(() => app.openedFiles.length).toBe(1);
  const toCheck = Papa.parse<string[]>(fs.readFileSync(app.openedFiles[0]!, 'utf8').replace(/^\uFEFF/, '')).data;
  expect(toCheck.slice(1, 3).map((row) => [row[0], row[1], row[8]])).toEqual([
    ['4', 'Northern Rail', 'Imported with changes'],
    ['5', 'Kiln Bakery', 'Imported with changes'],
  ]);
  const [grace] = (await call(app.backend, 'people.list', { query: 'Grace Okafor' })).rows;
  expect((await call(app.backend, 'people.get', { id: grace!.id })).notes).toBe('Email: not-an-email');

  await page.getByRole('link', { name: 'Go to employers' }).click();
  await expect(page.getByRole('link', { name: 'Bolt Cafe' })).toBeVisible();
  const acme = (await call(app.backend, 'employers.list', { query: 'Acme' })).rows;
  expect(acme.map((e) => [e.name, e.locality, e.sector])).toEqual([['Acme & Sons Ltd', 'Trafford', 'retail']]);
  const kiln = (await call(app.backend, 'employers.list', { query: 'Kiln' })).rows;
  expect(kiln.map((e) => e.sector)).toEqual(['hospitality']);
});

test('rows that are one employer become one record, keeping the value chosen where they differ', async ({
  page,
  app,
}) => {
  await page.goto(`${appUrl}#/import`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await (await chooser).setFiles(path.join('tests', 'fixtures', 'imports', 'excel-same-employer-twice.csv'));
  await page.getByRole('button', { name: 'Read the file' }).click();
  await page.getByRole('button', { name: 'Check every row' }).click();

  const status = page.getByRole('status').filter({ hasText: 'What will happen' });
  await expect(status).toContainText('2 employers appear on more than one row: rows 2 and 4 (GREGGS PLC)');
  const staff = selectNamed(page, 'Staff to keep for GREGGS PLC');
  await expect(staff).toHaveValue('Large (250 or more staff) (row 2)');
  await expectAccessible(page);
  await staff.click();
  await page.getByRole('option', { name: 'Small (10 to 49 staff) (row 4)' }).click();
  await expect(staff).toHaveValue('Small (10 to 49 staff) (row 4)');
  await page.getByRole('button', { name: 'Import 4 rows' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('Added 2 employers.');

  const [greggs] = (await call(app.backend, 'employers.list', { query: 'Greggs' })).rows;
  expect(await call(app.backend, 'employers.get', { id: greggs!.id })).toMatchObject({
    sizeBand: 'small',
    notes: expect.stringContaining('Staff (row 2): Large (250 or more staff)'),
  });
});

test('a long import shows how far it has got, and cancelling it adds nothing', async ({ page, app, dataDir }) => {
  const file = path.join(dataDir, 'contacts.csv');
  const rows = Array.from({ length: 60_000 }, (_, n) => `Employer ${n % 500},${(n % 28) + 1}/10/2026,Call,Call ${n}`);
  fs.writeFileSync(file, `Employer,Date,Type,Summary\n${rows.join('\n')}\n`);
  await page.goto(`${appUrl}#/import`);
  await page.getByRole('radio', { name: 'Contacts and visits' }).check();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('button', { name: 'Read the file' }).click();
  await page.getByRole('button', { name: 'Check every row' }).click();
  await page.getByRole('button', { name: 'Import 60,000 rows' }).click();
  await expect(page.getByRole('progressbar', { name: 'How far the import has got' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(page.getByText('You cancelled the import. Nothing was added or changed.')).toBeVisible();
  expect((await call(app.backend, 'app.info')).employerCount).toBe(0);
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.getByRole('button', { name: 'Read the file' })).toBeVisible();
});

test('export everything, export a list, and import the archive again from Settings', async ({ page, app }) => {
  const acme = await call(app.backend, 'employers.create', { name: 'Acme Ltd', sector: 'retail' });
  await call(app.backend, 'interactions.create', {
    employerId: acme.id,
    kind: 'call',
    status: 'done',
    occurredAt: '2026-11-20T10:00:00.000Z',
    summary: 'Talked about trial shifts',
  });
  await page.goto(`${appUrl}#/settings`);
  await page.getByRole('button', { name: 'Export everything' }).click();
  const everything = page.getByRole('dialog', { name: 'Export everything' });
  await expectAccessible(page);
  await everything.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(everything.getByText('Your file is ready')).toBeVisible();
  await everything.getByRole('button', { name: 'Open file' }).click();
  await expect.poll(() => app.openedFiles.length).toBe(1);
  const archive = app.openedFiles[0]!;
  expect(path.basename(archive)).toMatch(/^Bridgework archive \d{4}-\d{2}-\d{2}\.jsonl$/);
  await everything.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('button', { name: 'Export a list' }).click();
  const list = page.getByRole('dialog', { name: 'Export a list' });
  await list.locator('input[aria-haspopup="listbox"]').click();
  await page.getByRole('option', { name: 'Contacts' }).click();
  await list.getByRole('radio', { name: 'CSV' }).check();
  await list.getByRole('button', { name: 'Export', exact: true }).click();
  await list.getByRole('button', { name: 'Open file' }).click();
  await expect.poll(() => app.openedFiles.length).toBe(2);
  const contacts = fs.readFileSync(app.openedFiles[1]!, 'utf8');
  expect(contacts).toContain('2026-11-20,Acme Ltd,Call,Done,Talked about trial shifts');
  await list.getByRole('button', { name: 'Done' }).click();

  app.nextChosenPaths.push(archive);
  await page.getByRole('button', { name: 'Import an archive' }).click();
  await expect(
    page.getByText(/^Added 0 records from Bridgework archive .* \d+ were already in your record\.$/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Import an archive' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was chosen, so nothing changed.' })).toBeVisible();
});
