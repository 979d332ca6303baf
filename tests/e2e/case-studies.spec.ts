import fs from 'node:fs';
import path from 'node:path';
import { call, expect, expectAccessible, openEmployer, test } from './fixtures';

test('a case study is drafted from an employer’s record, edited, and saved as it is typed', async ({ page, app }) => {
  const employer = await call(app.backend, 'employers.create', {
    name: 'Harbour Kitchens Ltd',
    sector: 'hospitality',
    sizeBand: 'small',
    locality: 'Lambeth',
  });
  await call(app.backend, 'interactions.create', {
    employerId: employer.id,
    kind: 'site_visit',
    status: 'done',
    occurredAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
    summary: 'Visited the kitchen',
  });
  await openEmployer(page, employer.id);
  await page.getByRole('button', { name: 'More' }).first().click();
  await page.getByRole('menuitem', { name: 'Start a case study' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a case study' });
  await dialog.getByRole('button', { name: 'Draft the case study' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /^Working with Harbour Kitchens Ltd/ })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Background' })).toHaveValue(
    /Harbour Kitchens Ltd is a small hospitality and catering employer in Lambeth\./,
  );
  await expect(page.getByRole('textbox', { name: 'What we did together' })).toHaveValue(/1 site visit/);
  // Nothing recorded says what the employer got: the draft leaves it to the writer, and says so.
  await expect(page.getByRole('textbox', { name: 'How it worked for the employer' })).toHaveValue('');
  await expect(page.getByText('The record says little about what the employer got')).toBeVisible();
  await page.getByRole('textbox', { name: 'A quote from the employer (optional)' }).fill('It saved us weeks.');
  await expect(page.getByText('The record says little about what the employer got')).toBeHidden();
  const learned = page.getByRole('textbox', { name: 'What we learned' });
  await learned.fill('Visiting the kitchen early built trust quickly.');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await expectAccessible(page);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'What we learned' })).toHaveValue(
    'Visiting the kitchen early built trust quickly.',
  );
  await page.getByRole('link', { name: 'Case studies', exact: true }).click();
  await expect(page.getByRole('link', { name: /^Working with Harbour Kitchens Ltd/ })).toBeVisible();
  await expectAccessible(page);
});

test('a case study is anonymised, previewed with its highlights and exported; a named one asks for consent', async ({
  page,
  app,
}) => {
  const employer = await call(app.backend, 'employers.create', {
    name: 'Harbour Kitchens Ltd',
    sector: 'hospitality',
    sizeBand: 'medium',
    locality: 'Lambeth',
  });
  await call(app.backend, 'people.create', { name: 'Dana Lewis', employerId: employer.id, roleTitle: 'Head Chef' });
  await call(app.backend, 'interactions.create', {
    employerId: employer.id,
    kind: 'site_visit',
    status: 'done',
    occurredAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
    summary: 'Toured the kitchen',
  });
  const today = new Date().toISOString().slice(0, 10);
  const study = await call(app.backend, 'caseStudies.draft', {
    employerId: employer.id,
    from: `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`,
    to: today,
  });
  await page.goto(`https://bridgework.invalid/index.html#/case-studies/${study.id}`);
  await page
    .getByRole('textbox', { name: 'What we learned' })
    .fill('Dana Lewis opened every door at Harbour Kitchens.');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  await page.getByRole('button', { name: 'Choose highlights' }).click();
  const highlights = page.getByRole('dialog', { name: 'Choose the moments that mattered' });
  await highlights.getByRole('checkbox', { name: 'Site visit: Toured the kitchen' }).check();
  await expectAccessible(page);
  await highlights.getByRole('button', { name: 'Save highlights' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Site visit: Toured the kitchen' })).toBeVisible();

  await page.getByRole('tab', { name: 'Preview' }).click();
  const preview = page.frameLocator('iframe[title="Preview of the exported case study"]');
  await expect(preview.getByText('The head chef opened every door at a medium-sized hospitality')).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Moments that mattered' })).toBeVisible();
  await expect(preview.getByText('Dana Lewis')).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Export case study' }).click();
  const exporting = page.getByRole('dialog', { name: 'Export the case study' });
  await exporting.getByRole('radio', { name: 'PDF' }).check();
  await exporting.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(exporting.getByText('Your file is ready')).toBeVisible();
  await expectAccessible(page);
  await exporting.getByRole('button', { name: 'Open file' }).click();
  await expect.poll(() => app.openedFiles.at(-1)).toMatch(/Working with a medium-sized hospitality .*\.pdf$/);
  await exporting.getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(() => app.shownInFolder.length).toBe(1);
  await exporting.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('switch', { name: /^Anonymise/ }).uncheck();
  const consent = page.getByRole('alert').filter({ hasText: 'Has Harbour Kitchens Ltd agreed to be named?' });
  await page.getByRole('button', { name: 'Export case study' }).click();
  await expect(exporting.getByText('Harbour Kitchens Ltd has not agreed to be named.')).toBeVisible();
  await exporting.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(exporting.getByRole('alert').filter({ hasText: 'The file was not made' })).toContainText(
    'has not agreed to be named',
  );
  await exporting.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Record consent' }).click();
  await expect(page.getByRole('textbox', { name: 'Who agreed' })).toHaveAccessibleDescription(
    'Enter who agreed to the employer being named',
  );
  await page.getByRole('textbox', { name: 'Who agreed' }).fill('Dana Lewis, Head Chef');
  const when = page.getByRole('textbox', { name: 'When they agreed' });
  await when.fill('2 Nov 2026');
  await when.blur();
  await page.getByRole('textbox', { name: 'How they agreed' }).fill('By email');
  await page.getByRole('button', { name: 'Record consent' }).click();
  await expect(page.getByText('Dana Lewis, Head Chef agreed on 2 Nov 2026, by email.')).toBeVisible();
  await expect(consent).toHaveCount(0);
  await page.getByRole('button', { name: 'Export case study' }).click();
  await exporting.getByRole('radio', { name: 'Word' }).check();
  await exporting.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(exporting.getByText(/Saved Working with Harbour Kitchens Ltd.*\.docx/)).toBeVisible();
});

test('a word that may still name someone is found before export, and can be kept on purpose', async ({ page, app }) => {
  const employer = await call(app.backend, 'employers.create', { name: 'Harbour Kitchens Ltd', sector: 'hospitality' });
  await call(app.backend, 'people.create', { name: 'Sam Dunstan', employerId: employer.id, roleTitle: 'Head Chef' });
  const other = await call(app.backend, 'employers.create', { name: 'Bolt Cafe' });
  await call(app.backend, 'people.create', { name: 'Priya Ramaswamy', employerId: other.id });
  const study = await call(app.backend, 'caseStudies.draft', {
    employerId: employer.id,
    from: '2026-01-01',
    to: new Date().toISOString().slice(0, 10),
  });
  await page.goto(`https://bridgework.invalid/index.html#/case-studies/${study.id}`);
  await page
    .getByRole('textbox', { name: 'What we learned' })
    .fill('Mr Dunstan showed us round. Ms Ramaswamy, a trainer, came too.');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  await page.getByRole('tab', { name: 'Preview' }).click();
  const preview = page.frameLocator('iframe[title="Preview of the exported case study"]');
  await expect(preview.getByText('The head chef showed us round.')).toBeVisible();
  const check = page.getByRole('alert').filter({ hasText: 'Check these words before exporting' });
  await expect(check).toContainText('“ramaswamy”, as in Priya Ramaswamy (a person)');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Export case study' }).click();
  const exporting = page.getByRole('dialog', { name: 'Export the case study' });
  await exporting.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(exporting.getByRole('alert').filter({ hasText: 'The file was not made' })).toContainText(
    '“ramaswamy” (as in Priya Ramaswamy)',
  );
  await exporting.getByRole('button', { name: 'Keep “ramaswamy”' }).click();
  await expect(page.getByText('“ramaswamy” is kept in the export.')).toBeVisible();
  await expect(exporting.getByRole('button', { name: 'Keep “ramaswamy”' })).toHaveCount(0);
  await exporting.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(exporting.getByText('Your file is ready')).toBeVisible();
});

test.describe('when printing is slow', () => {
  test.use({ slowPrintingMs: 4_000 });

  test('an export shows how far it has got and can be cancelled, saving nothing', async ({ page, app, dataDir }) => {
    const employer = await call(app.backend, 'employers.create', { name: 'Harbour Kitchens Ltd' });
    const today = new Date().toISOString().slice(0, 10);
    const study = await call(app.backend, 'caseStudies.draft', {
      employerId: employer.id,
      from: '2026-01-01',
      to: today,
    });
    await page.goto(`https://bridgework.invalid/index.html#/case-studies/${study.id}`);
    await page.getByRole('button', { name: 'Export case study' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the case study' });
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByRole('status')).toContainText('Printing the PDF…');
    await expect(dialog.getByRole('progressbar', { name: 'How far the export has got' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel export' }).click();
    await expect(dialog.getByRole('alert')).toContainText('You cancelled the export. No file was saved.');
    expect(fs.existsSync(path.join(dataDir, 'exports')) ? fs.readdirSync(path.join(dataDir, 'exports')) : []).toEqual(
      [],
    );
  });
});
