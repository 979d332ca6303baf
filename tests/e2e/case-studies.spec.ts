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
