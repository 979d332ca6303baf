import type { Page } from '@playwright/test';
import { appUrl, call, expect, expectAccessible, sampleDataMs, test } from './fixtures';

async function addEmployer(page: Page, name: string, extra: (page: Page) => Promise<void> = async () => {}) {
  await page.goto('https://bridgework.invalid/index.html#/employers/new');
  await page.getByLabel('Name', { exact: false }).first().fill(name);
  await extra(page);
  await page.getByRole('button', { name: 'Add employer' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('an empty record explains itself and offers the two ways to start', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'Add your first employer' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add your first employer' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load sample data' })).toBeVisible();
  await expectAccessible(page);
});

test('adding an employer with its details, then editing them', async ({ page }) => {
  await page.getByRole('link', { name: 'Add your first employer' }).click();
  await expect(page.getByRole('heading', { name: 'Add an employer' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('textbox', { name: 'Name' }).fill('Hargreaves Logistics Ltd');
  await choose(page, 'Sector', 'Transport and logistics');
  await choose(page, 'Size', 'Medium (50 to 249 staff)');
  await page.getByRole('combobox', { name: 'Area' }).fill('Salford');
  await choose(page, 'Phase', 'Establishing');
  await choose(page, 'How the relationship started', 'Job fair');
  await page.getByLabel('This is a branch of a national employer').check();
  await page.getByRole('radiogroup', { name: 'Local say over recruitment' }).getByLabel('No', { exact: true }).check();
  await page.getByRole('radiogroup', { name: 'Living Wage employer' }).getByLabel('Yes', { exact: true }).check();
  await page.getByRole('textbox', { name: 'Website' }).fill('www.hargreaves-logistics.co.uk');
  await page.getByRole('textbox', { name: 'Email' }).fill('jobs@hargreaves-logistics.co.uk');
  await page.getByRole('textbox', { name: 'Postcode' }).fill('m50 2ab');
  await page.getByRole('textbox', { name: 'Notes' }).fill('Met the depot manager at the Salford jobs fair.');
  await page.getByRole('button', { name: 'Add employer' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Hargreaves Logistics Ltd' })).toBeVisible();
  await page.getByRole('tab', { name: 'Details' }).click();
  const details = page.getByRole('tabpanel', { name: 'Details' });
  await expect(details.getByText('Transport and logistics')).toBeVisible();
  await expect(details.getByText('M50 2AB')).toBeVisible();
  await expect(details.getByText('Met the depot manager at the Salford jobs fair.')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Edit details' }).click();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Hargreaves Logistics Ltd');
  await expect(page.getByRole('combobox', { name: 'Phase' })).toBeDisabled();
  await page.getByRole('combobox', { name: 'Account owner' }).fill('Jo Reid');
  await page.getByRole('textbox', { name: 'Website' }).fill('');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved your changes to Hargreaves Logistics Ltd.')).toBeVisible();
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(details.getByText('Jo Reid')).toBeVisible();
  await expect(details.getByText('www.hargreaves-logistics.co.uk')).toHaveCount(0);

  await page.getByRole('link', { name: 'Employers', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Hargreaves Logistics Ltd' })).toBeVisible();
  await expect(page.getByText('1 employer', { exact: true })).toBeVisible();
});

test('bad input gets a message next to each field, and nothing is saved or lost', async ({ page, app }) => {
  await page.goto('https://bridgework.invalid/index.html#/employers/new');
  await page.getByRole('textbox', { name: 'Email' }).fill('jobs-at-acme');
  await page.getByRole('textbox', { name: 'Website' }).fill('acme dot com');
  await page.getByRole('textbox', { name: 'Notes' }).fill('Keep this note.');
  await page.getByRole('button', { name: 'Add employer' }).click();

  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(/Enter the employer's name/);
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(
    /Enter an email address like name@example.co.uk/,
  );
  await expect(page.getByRole('textbox', { name: 'Website' })).toHaveAccessibleDescription(/Enter a website address/);
  await expectAccessible(page);

  await page.getByRole('textbox', { name: 'Name' }).fill('x'.repeat(300));
  await page.getByRole('button', { name: 'Add employer' }).click();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(/200 characters or fewer/);
  expect(
    (await app.backend.invoke('employers.list', {})).ok && (await app.backend.invoke('employers.list', {})),
  ).toMatchObject({ value: { total: 0 } });

  await page.getByRole('textbox', { name: 'Name' }).fill('Acme Ltd');
  await page.getByRole('textbox', { name: 'Email' }).fill('jobs@acme.co.uk');
  await page.getByRole('textbox', { name: 'Website' }).fill('www.acme.co.uk');
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Keep this note.');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Ltd' })).toBeVisible();
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(page.getByText('Keep this note.')).toBeVisible();
});

test('a likely duplicate is pointed out, and can be opened or ignored', async ({ page }) => {
  await addEmployer(page, 'Acme Ltd');
  await page.goto('https://bridgework.invalid/index.html#/employers/new');
  await page.getByRole('textbox', { name: 'Name' }).fill('ACME Limited');
  const warning = page.getByRole('alert').filter({ hasText: 'You may already have this employer' });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('link', { name: 'Open Acme Ltd' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Add employer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ACME Limited' })).toBeVisible();
  await page.getByRole('link', { name: 'Employers', exact: true }).click();
  await expect(page.getByText('2 employers', { exact: true })).toBeVisible();

  await page.goto('https://bridgework.invalid/index.html#/employers/new');
  await page.getByRole('textbox', { name: 'Name' }).fill('The Acme Company');
  await page.getByRole('link', { name: 'Open Acme Ltd' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Ltd' })).toBeVisible();
});

test('moving an employer to Trash, undoing it, and restoring it from Trash', async ({ page }) => {
  await addEmployer(page, 'Oldham Roofing');
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Move to Trash' }).click();
  await expect(page.getByText('Moved Oldham Roofing to Trash.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Add your first employer' })).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Oldham Roofing' })).toBeVisible();

  await page.getByRole('link', { name: 'Oldham Roofing' }).click();
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Move to Trash' }).click();
  await page.getByRole('link', { name: 'Trash', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Oldham Roofing' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Restore Oldham Roofing' }).click();
  await expect(page.getByText('Trash is empty.')).toBeVisible();
  await page.getByRole('link', { name: 'Employers', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Oldham Roofing' })).toBeVisible();
});

test('sample data fills a sortable, filterable list that draws only the rows in view', async ({ page }) => {
  test.slow();
  await page.getByRole('button', { name: 'Load sample data' }).click();
  // Writing 20,000 contacts takes a few seconds, and longer on a busy machine.
  await expect(page.getByText('300 employers', { exact: true })).toBeVisible({ timeout: sampleDataMs });
  await expectAccessible(page);

  const table = page.getByRole('table');
  const renderedRows = () => table.locator('tbody tr[aria-rowindex]').count();
  expect(await renderedRows()).toBeLessThan(60);

  await page.getByRole('button', { name: /^Name/ }).click();
  await expect(page.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'descending');
  const firstDescending = await table.locator('tbody tr[aria-rowindex="2"] a').innerText();

  await page.getByRole('button', { name: /^Name/ }).click();
  await expect(page.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
  // Scrolled to the end (again, if rows drawn meanwhile moved the end), the last row is the first of Z to A.
  const last = table.locator('tbody tr[aria-rowindex="301"] a');
  await expect
    .poll(async () => {
      await page.getByRole('region', { name: 'Employers' }).evaluate((el) => el.scrollTo(0, el.scrollHeight));
      return last.count();
    })
    .toBe(1);
  await expect(last).toHaveText(firstDescending);
  expect(await renderedRows()).toBeLessThan(60);

  await choose(page, 'Phase', 'Dormant');
  await expect(page.getByText(/employers? match your filters, out of 300/)).toBeVisible();
  const phases = await table.locator('tbody tr[aria-rowindex] td:nth-child(2)').allInnerTexts();
  expect(new Set(phases)).toEqual(new Set(['Dormant']));

  await page.getByRole('textbox', { name: 'Name' }).fill('zzzz no such employer');
  await expect(page.getByText('No employers match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(page.getByText('300 employers', { exact: true })).toBeVisible();
});

test('the keyboard reaches everything: N adds, Escape cancels, / searches', async ({ page }) => {
  await addEmployer(page, 'Bury Laundry');
  await page.getByRole('link', { name: 'Employers', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Bury Laundry' })).toBeVisible();
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { name: 'Add an employer' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Employers' })).toBeVisible();
  await page.keyboard.press('/');
  await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await page.keyboard.type('laundry');
  await page.keyboard.press('Tab');
  await expect(page.getByText(/1 employer match your filters/)).toBeVisible();
});

test('leaving a form with unsaved changes asks first, and Escape closes an open list before the form', async ({
  page,
}) => {
  await page.goto('https://bridgework.invalid/index.html#/employers/new');
  await page.getByRole('textbox', { name: 'Name' }).fill('Tameside Couriers');
  await page.getByRole('combobox', { name: 'Sector', exact: true }).click();
  await expect(page.getByRole('option', { name: 'Retail', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('option', { name: 'Retail', exact: true })).toBeHidden();
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.keyboard.press('Escape');
  const dialog = page.getByRole('dialog', { name: 'Discard your changes?' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Tameside Couriers');

  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByRole('heading', { name: 'Add your first employer' })).toBeVisible();
});

test.describe('with 20,000 employers', () => {
  test.use({
    demoData: {
      employers: 20_000,
      people: 0,
      interactions: 0,
      busyEmployers: 0,
      busyInteractions: 0,
      placements: false,
    },
  });
  test('the list scrolls to any point, drawing only the rows in view', async ({ page }) => {
    await page.getByRole('link', { name: 'Employers', exact: true }).click();
    await expect(page.getByText('20,000 employers', { exact: true })).toBeVisible();
    const table = page.getByRole('table');
    await expect(table).toHaveAttribute('aria-rowcount', '20001');
    const region = page.getByRole('region', { name: 'Employers' });
    await region.evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
    await expect(table.locator('tbody tr[aria-rowindex="10001"] a')).toBeVisible();
    await region.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(table.locator('tbody tr[aria-rowindex="20001"] a')).toBeVisible();
    expect(await table.locator('tbody tr').count()).toBeLessThan(150);
  });
});

test.describe('on the small laptops charities use', () => {
  test.use({ demoData: 'small' });

  test('at 1366×768 the menu is icons, badges are whole, and the filters sit in one row with More filters', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('link', { name: 'Employers', exact: true }).click();
    await expect(page.getByText('300 employers', { exact: true })).toBeVisible();
    // The side menu keeps its names for screen readers and on hover.
    await expect(page.getByRole('navigation', { name: 'Areas' }).getByText('Employers')).toHaveCount(0);
    await page.getByRole('link', { name: 'Reports', exact: true }).hover();
    await expect(page.getByRole('tooltip', { name: 'Reports' })).toBeVisible();
    await page.mouse.move(700, 10);

    const cut = await page
      .getByRole('region', { name: 'Employers', exact: true })
      .locator('.mantine-Badge-label')
      .evaluateAll((labels) => labels.filter((label) => label.scrollWidth > label.clientWidth + 1).length);
    expect(cut).toBe(0);
    const sector = page.getByRole('combobox', { name: 'Sector', exact: true });
    await expect(sector).toHaveCount(0);
    const name = await page.getByRole('textbox', { name: 'Name' }).boundingBox();
    const more = page.getByRole('button', { name: 'More filters' });
    expect(Math.abs((await more.boundingBox())!.y - name!.y)).toBeLessThan(40);
    await more.click();
    await sector.click();
    await page.getByRole('option', { name: 'Retail', exact: true }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByText(/employers match your filters/)).toBeVisible();
    await page.getByRole('button', { name: 'Fewer filters' }).click();
    await expect(page.getByRole('button', { name: 'More filters (1 in use)' })).toBeVisible();
    await expectAccessible(page);
  });
});

test('mine or everyone’s, and handing a colleague’s employers to another in one step', async ({ page, app }) => {
  await call(app.backend, 'settings.update', { yourName: 'Priya Shah' });
  for (const [name, accountOwner] of [
    ['Greggs plc', 'Tom Okafor'],
    ['Leeds Bakery', 'Tom Okafor'],
    ['Harbour Hotels', 'Priya Shah'],
  ]) {
    await call(app.backend, 'employers.create', { name: name!, accountOwner });
  }
  await page.reload();
  // A new employer is yours to look after unless you say otherwise.
  await addEmployer(page, 'Northern Rail');
  await page.goto(`${appUrl}#/employers`);
  const whose = page.getByRole('radiogroup', { name: 'Whose employers' });
  await whose.getByText('Mine', { exact: true }).click();
  await expect(page.getByText('2 employers match your filters, out of 4')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Harbour Hotels' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Greggs plc' })).toBeHidden();

  await page.getByRole('button', { name: 'Hand over employers' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hand over employers' });
  await choose(page, 'Current account owner', 'Tom Okafor (2 employers)');
  await dialog.getByRole('combobox', { name: 'Hand them to' }).fill('Priya');
  await page.getByRole('option', { name: 'Priya Shah', exact: true }).click();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Hand over 2 employers' }).click();
  await expect(page.getByText('Priya Shah now looks after 2 employers that Tom Okafor looked after.')).toBeVisible();
  await expect(page.getByText('4 employers match your filters, out of 4')).toBeVisible();

  await page.goto(`${appUrl}#/today`);
  await page.getByRole('radiogroup', { name: 'Whose employers' }).getByText('Everyone’s', { exact: true }).click();
  await expectAccessible(page);
  await page.keyboard.press('Control+z');
  await page.goto(`${appUrl}#/employers`);
  await expect(page.getByText('2 employers match your filters, out of 4')).toBeVisible();
});
