import type { Page } from '@playwright/test';
import type { BrowserApp } from '../support/browser-app';
import type { ProcedureInput, ProcedureName } from '../../shared/contract';
import { appUrl, call, expect, expectAccessible, openEmployer, test } from './fixtures';

async function seed(app: BrowserApp) {
  const invoke = <P extends ProcedureName>(procedure: P, input: ProcedureInput<P>) =>
    call(app.backend, procedure, input);
  const acme = await invoke('employers.create', { name: 'Acme Logistics Ltd', locality: 'Salford' });
  const bolton = await invoke('employers.create', { name: 'Bolton Print' });
  const sam = await invoke('people.create', {
    name: 'Sam Patel',
    employerId: acme.id,
    roleTitle: 'HR manager',
    isPrimary: true,
  });
  await invoke('interactions.create', {
    employerId: acme.id,
    kind: 'email',
    status: 'done',
    occurredAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
    summary: 'Sent the job descriptions',
    notes: 'They need a **forklift** licence for two of the roles.',
    personIds: [sam.id],
  });
  const visit = await invoke('interactions.create', {
    employerId: acme.id,
    kind: 'site_visit',
    status: 'planned',
    occurredAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    summary: 'Visit the depot with two candidates',
  });
  return { acme, bolton, sam, visit };
}

test('logging a call takes a shortcut, a summary and Enter', async ({ page, app }) => {
  const { acme } = await seed(app);
  await openEmployer(page, acme.id);
  await expect(page.getByText('Main contact').locator('..').getByRole('link', { name: 'Sam Patel' })).toBeVisible();
  await expectAccessible(page);

  await page.keyboard.press('Control+l');
  const dialog = page.getByRole('dialog', { name: 'Log contact' });
  await expect(dialog.getByRole('textbox', { name: 'Summary' })).toBeFocused();
  await expect(dialog.getByRole('combobox', { name: 'Employer' })).toHaveValue('Acme Logistics Ltd');
  await expectAccessible(page);
  await page.keyboard.type('Call with Sam about the warehouse roles');
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  await expect(
    page.getByText('Logged “Call with Sam about the warehouse roles” with Acme Logistics Ltd.'),
  ).toBeVisible();
  const timeline = page.getByRole('region', { name: 'Relationship timeline' });
  await expect(timeline.getByText('Call with Sam about the warehouse roles', { exact: true })).toBeVisible();
  await expect(page.getByText('Last contact').locator('..').getByText('Today')).toBeVisible();
});

/** Acme's page with Log contact open and a summary typed. */
async function startLogging(page: Page, app: BrowserApp, summary: string) {
  const { acme } = await seed(app);
  await openEmployer(page, acme.id);
  await page.getByRole('button', { name: 'Log contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log contact' });
  await dialog.getByRole('textbox', { name: 'Summary' }).fill(summary);
  return dialog;
}

test('a done contact dated in the future is refused next to the date, keeping what was typed', async ({
  page,
  app,
}) => {
  const dialog = await startLogging(page, app, 'Call about next week');
  await dialog.getByRole('textbox', { name: 'Day' }).fill('1/1/2099');
  await dialog.getByRole('textbox', { name: 'Time' }).fill('10:00');
  await dialog.getByRole('button', { name: 'Log contact' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Day' })).toHaveValue('1 Jan 2099');
  await expect(dialog.getByRole('textbox', { name: 'Day' })).toHaveAccessibleDescription(/cannot be in the future/);
  await expect(dialog.getByRole('textbox', { name: 'Summary' })).toHaveValue('Call about next week');

  // Planned: the message about the future goes, and the button says what it will do.
  await dialog.getByText('Planned', { exact: true }).click();
  await expect(dialog.getByRole('textbox', { name: 'Day' })).not.toHaveAccessibleDescription(/cannot be in the future/);
  await expect(dialog.getByRole('button', { name: 'Log contact' })).toBeHidden();
  await dialog.getByRole('button', { name: 'Plan contact' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('region', { name: 'Relationship timeline' }).getByText('Call about next week', { exact: true }),
  ).toBeVisible();
});

test('Escape closes a date picker, not the dialog; a dialog with typing asks before it is thrown away', async ({
  page,
  app,
}) => {
  const dialog = await startLogging(page, app, 'Call about the spring roles');
  await dialog.getByRole('textbox', { name: 'Day' }).click();
  await expect(page.getByRole('button', { name: 'Next month' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Next month' })).toBeHidden();
  await expect(dialog.getByRole('textbox', { name: 'Summary' })).toHaveValue('Call about the spring roles');

  await page.keyboard.press('Escape');
  const discard = page.getByRole('alertdialog', { name: 'Discard your changes?' });
  await expect(discard).toBeVisible();
  await expect(discard.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await expectAccessible(page);
  await discard.getByRole('button', { name: 'Keep editing' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Summary' })).toHaveValue('Call about the spring roles');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await discard.getByRole('button', { name: 'Discard changes' }).click();
  await expect(dialog).toBeHidden();
});

test('a planned visit is marked done in one click', async ({ page, app }) => {
  const { acme } = await seed(app);
  await openEmployer(page, acme.id);
  const entry = page
    .getByRole('region', { name: 'Relationship timeline' })
    .locator('.mantine-Paper-root', { hasText: 'Visit the depot with two candidates' });
  await expect(entry.getByText('Planned', { exact: true })).toBeVisible();
  // Planned contact sits under "Coming up", above the history.
  const timeline = page.getByRole('region', { name: 'Relationship timeline' });
  await expect(timeline.getByRole('heading').first()).toHaveText('Coming up');
  await entry.getByRole('button', { name: 'Mark as done' }).click();
  await expect(page.getByText('Marked “Visit the depot with two candidates” as done.')).toBeVisible();
  await expect(entry.getByText('Planned', { exact: true })).toBeHidden();
  await expect(page.getByText('Next planned').locator('..').getByText('Nothing planned')).toBeVisible();
});

test('a contact who moves job is linked to the new employer in one step, keeping their history', async ({
  page,
  app,
}) => {
  const { acme, sam } = await seed(app);
  await openEmployer(page, acme.id);
  await page.getByRole('tab', { name: /People/ }).click();
  await page.getByRole('button', { name: "Change Sam Patel's role at Acme Logistics Ltd" }).click();
  await page.getByRole('menuitem', { name: 'Moved to another employer…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sam Patel has moved to…' });
  await dialog.getByRole('combobox', { name: 'Their new employer' }).fill('Bolton');
  await page.getByRole('option', { name: 'Bolton Print' }).click();
  await dialog.getByRole('textbox', { name: 'Job title there' }).fill('Operations lead');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Record the move' }).click();
  await expect(
    page.getByText('Sam Patel now works at Bolton Print. Their history stays with both employers.'),
  ).toBeVisible();
  await expect(page.getByText(/^Left /)).toBeVisible();

  await page.goto(`${appUrl}#/people/${sam.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Patel' })).toBeVisible();
  await expect(page.getByText('Operations lead at Bolton Print').first()).toBeVisible();
  await expect(page.getByText('Sent the job descriptions', { exact: true })).toBeVisible();
  await expectAccessible(page);
});

test('search finds a contact by a word in its notes, and Enter opens the first result at once', async ({
  page,
  app,
}) => {
  await seed(app);
  await page.getByRole('link', { name: 'Employers', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Employers', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+k');
  const search = page.getByRole('textbox', { name: 'Search' });
  await expect(search).toBeFocused();
  await search.fill('forklift');
  const results = page.getByRole('dialog');
  await expect(results.getByText('Sent the job descriptions')).toBeVisible();
  await expect(results.locator('mark', { hasText: 'forklift' })).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Logistics Ltd' })).toBeVisible();
  await expect(
    page.getByRole('dialog', { name: 'Edit contact' }).getByRole('textbox', { name: 'Summary' }),
  ).toHaveValue('Sent the job descriptions');
});

test('the timeline filters by kind and by person', async ({ page, app }) => {
  const { acme } = await seed(app);
  await openEmployer(page, acme.id);
  const timeline = page.getByRole('region', { name: 'Relationship timeline' });
  await expect(timeline.getByText('Sent the job descriptions', { exact: true })).toBeVisible();
  await page.getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: 'Site visit' }).click();
  await page.keyboard.press('Escape');
  await expect(timeline.getByText('Visit the depot with two candidates', { exact: true })).toBeVisible();
  await expect(timeline.getByText('Sent the job descriptions', { exact: true })).toBeHidden();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('combobox', { name: 'Person' }).click();
  await page.getByRole('option', { name: 'Sam Patel' }).click();
  await expect(timeline.getByText('Sent the job descriptions', { exact: true })).toBeVisible();
  await expect(timeline.getByText('Visit the depot with two candidates', { exact: true })).toBeHidden();
});

test('People lists everyone with where they work', async ({ page, app }) => {
  await seed(app);
  await page.getByRole('link', { name: 'People', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Sam Patel' })).toBeVisible();
  await expect(page.getByText('Acme Logistics Ltd (HR manager)')).toBeVisible();
  await expectAccessible(page);
});

test.describe('an employer with 10,000 contacts', () => {
  test.use({
    demoData: { employers: 3, people: 12, interactions: 10_000, busyEmployers: 1, busyInteractions: 10_000 },
  });
  test('the timeline scrolls deep, loading pages, never holding more than ~150 entries', async ({ page, app }) => {
    const list = await app.backend.invoke('employers.list', { limit: 5 });
    const busiest = list.ok ? list.value.rows : [];
    let target = '';
    for (const row of busiest) {
      const page1 = await app.backend.invoke('timeline.forEmployer', { employerId: row.id, limit: 200 });
      if (page1.ok && page1.value.next) target = row.id;
    }
    await openEmployer(page, target);
    const timeline = page.getByRole('region', { name: 'Relationship timeline' });
    await expect(timeline.locator('[data-index]').first()).toBeVisible();
    for (let step = 0; step < 12; step++) {
      await timeline.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await page.waitForTimeout(150);
    }
    const drawn = await timeline.locator('[data-index]').count();
    expect(drawn).toBeLessThan(150);
    const deepest = await timeline.locator('[data-index]').last().getAttribute('data-index');
    expect(Number(deepest)).toBeGreaterThan(300);
  });
});

test('a contact logged by mistake can be removed, and the removal undone', async ({ page, app }) => {
  const { acme } = await seed(app);
  await openEmployer(page, acme.id);
  const timeline = page.getByRole('region', { name: 'Relationship timeline' });
  await timeline.getByRole('button', { name: 'Edit “Sent the job descriptions”' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit contact' });
  await dialog.getByRole('button', { name: 'Remove this contact' }).click();
  await expect(page.getByText('Removed “Sent the job descriptions”.')).toBeVisible();
  await expect(timeline.getByText('Sent the job descriptions', { exact: true })).toBeHidden();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(timeline.getByText('Sent the job descriptions', { exact: true })).toBeVisible();
});

test('someone you already know can be linked to another employer from their page', async ({ page, app }) => {
  const { sam } = await seed(app);
  await page.goto(`${appUrl}#/people/${sam.id}`);
  await page.getByRole('tab', { name: /Where they have worked/ }).click();
  await page.getByRole('button', { name: 'Add a role at an employer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a role for Sam Patel' });
  await dialog.getByRole('combobox', { name: 'Employer' }).fill('Bolton');
  await page.getByRole('option', { name: 'Bolton Print' }).click();
  await dialog.getByRole('textbox', { name: 'Job title' }).fill('Volunteer mentor');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Add role' }).click();
  await expect(page.getByText('Sam Patel now works at Bolton Print.')).toBeVisible();
  await expect(page.getByText('HR manager at Acme Logistics Ltd, Volunteer mentor at Bolton Print')).toBeVisible();
});

test('a person’s email address opens a new email in the mail program, and each detail copies in one click', async ({
  page,
  app,
}) => {
  const { acme } = await seed(app);
  const priya = await call(app.backend, 'people.create', {
    name: 'Priya Shah',
    employerId: acme.id,
    email: 'priya.shah@acme-logistics.co.uk',
    phone: '0161 496 0000',
  });
  await page.goto(`${appUrl}#/people/${priya.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Priya Shah' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Email priya.shah@acme-logistics.co.uk' })).toHaveAttribute(
    'href',
    'mailto:priya.shah@acme-logistics.co.uk',
  );
  await expect(page.getByRole('button', { name: 'Copy priya.shah@acme-logistics.co.uk' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy 0161 496 0000' })).toBeVisible();
  await expectAccessible(page);
});
