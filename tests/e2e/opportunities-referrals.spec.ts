import dayjs from 'dayjs';
import type { Locator, Page } from '@playwright/test';
import { call, expect, expectAccessible, openEmployer, test } from './fixtures';

const daysAgo = (days: number) => dayjs().subtract(days, 'day').format('D MMM YYYY');

async function typeDate(field: Locator, date: string) {
  await field.fill(date);
  await field.blur();
}

async function moveOn(page: Page, button: string, stage: string | null, date: string, feedback?: string) {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog');
  if (stage) {
    await dialog.getByRole('combobox', { name: 'Stage reached' }).click();
    await page.getByRole('option', { name: stage, exact: true }).click();
  }
  await typeDate(dialog.getByRole('textbox', { name: 'Date' }), date);
  if (feedback) await dialog.getByRole('textbox', { name: 'What the employer said (optional)' }).fill(feedback);
  await dialog.getByRole('button', { name: 'Save stage' }).click();
  await expect(dialog).toBeHidden();
}

test('an offer promised becomes an opportunity; three people are referred, move on, and their job checks reach Today', async ({
  page,
  app,
}) => {
  const employer = await call(app.backend, 'employers.create', { name: 'Harbour Kitchens Ltd', locality: 'Lambeth' });
  await call(app.backend, 'commitments.create', {
    employerId: employer.id,
    party: 'employer',
    description: 'Kitchen porter interviews',
    kind: 'guaranteed_interviews',
  });
  await openEmployer(page, employer.id);
  await page.getByRole('tab', { name: /Promises/ }).click();
  await page.getByRole('button', { name: 'More for “Kitchen porter interviews”' }).click();
  await page.getByRole('menuitem', { name: 'Record the offer as an opportunity' }).click();
  const offer = page.getByRole('dialog', { name: 'Add an opportunity' });
  await expect(offer.getByRole('textbox', { name: 'Title' })).toHaveValue('Kitchen porter interviews');
  await expect(offer.getByRole('combobox', { name: 'Kind' })).toHaveValue('Guaranteed interviews');
  await offer.getByRole('textbox', { name: 'Places (optional)' }).fill('3');
  await typeDate(offer.getByRole('textbox', { name: 'Opened' }), daysAgo(110));
  await expectAccessible(page);
  await offer.getByRole('button', { name: 'Add opportunity' }).click();
  await expect(offer).toBeHidden();

  await page.getByRole('tab', { name: 'Opportunities' }).click();
  await expect(page.getByRole('heading', { name: 'Kitchen porter interviews' })).toBeVisible();
  await page.getByRole('button', { name: 'Refer people to Kitchen porter interviews' }).click();
  const refer = page.getByRole('dialog', { name: /Refer people/ });
  const references = refer.getByRole('textbox', { name: 'Participant references' });
  await references.fill('P-0101\nJane Smith\nP-0103');
  await typeDate(refer.getByRole('textbox', { name: 'Date referred' }), daysAgo(100));
  await refer.getByRole('button', { name: 'Refer' }).click();
  await expect(references).toHaveAccessibleDescription(/Line 2: That looks like a name/);
  await references.fill('P-0101\nP-0102\nP-0103');
  await refer.getByRole('button', { name: 'Refer' }).click();
  await expect(page.getByText('Referred 3 people to Kitchen porter interviews.')).toBeVisible();

  await page.getByRole('checkbox', { name: 'Select everyone referred to Kitchen porter interviews' }).check();
  await moveOn(page, 'Move 3 on', null, daysAgo(98), 'All three were on time and well prepared.');
  await expect(page.getByRole('table').getByText('Interviewed', { exact: true })).toHaveCount(3);

  await page.getByRole('checkbox', { name: 'Select P-0101' }).check();
  await page.getByRole('checkbox', { name: 'Select P-0102' }).check();
  await moveOn(page, 'Move 2 on', 'Offered a job', daysAgo(97));
  await page.getByRole('checkbox', { name: 'Select P-0101' }).check();
  await page.getByRole('checkbox', { name: 'Select P-0102' }).check();
  await moveOn(page, 'Move 2 on', 'Started', daysAgo(95));
  await moveOn(page, 'Move on P-0103', 'Not selected', daysAgo(96));
  await expect(page.getByText('2 of 3 referred')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Today' }).click();
  const checks = page.getByRole('region', { name: 'Job checks due' });
  await expect(checks.getByText('P-0101 · 13-week job check · Kitchen porter interviews')).toBeVisible();
  await expect(checks.getByText('P-0102 · 13-week job check · Kitchen porter interviews')).toBeVisible();
  await checks.getByRole('button', { name: 'Record check for P-0101' }).click();
  const check = page.getByRole('dialog', { name: '13-week check for P-0101' });
  await check.getByRole('textbox', { name: 'Who confirmed it, and how (optional)' }).fill('Dana in HR, by email.');
  await expectAccessible(page);
  await check.getByRole('button', { name: 'Save check' }).click();
  await expect(checks.getByRole('button', { name: 'Record check for P-0101' })).toBeHidden();
  await expect(checks.getByRole('button', { name: 'Record check for P-0102' })).toBeVisible();

  await openEmployer(page, employer.id);
  await page.getByRole('tab', { name: 'Opportunities' }).click();
  await expect(page.getByRole('table').getByText('Sustained 13 weeks')).toBeVisible();
  await page.getByRole('button', { name: 'Add evidence for P-0101' }).click();
  const evidence = page.getByRole('dialog', { name: 'Evidence for P-0101' });
  const chooser = page.waitForEvent('filechooser');
  await evidence.getByRole('button', { name: 'File (optional)' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'start confirmation.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4 start confirmed'),
  });
  await evidence.getByRole('textbox', { name: 'Who confirmed it (optional)' }).fill('Dana Lewis, HR manager');
  await evidence.getByRole('button', { name: 'Attach evidence' }).click();
  await expect(evidence.getByText('start confirmation.pdf')).toBeVisible();
  await expectAccessible(page);
  await evidence.getByRole('button', { name: 'Open start confirmation.pdf' }).click();
  await expect.poll(() => app.openedFiles.length).toBe(1);
  expect(app.openedFiles[0]).toContain('evidence');
});

test('moving an opportunity with referrals to Trash asks first, and Undo brings it all back', async ({ page, app }) => {
  const employer = await call(app.backend, 'employers.create', { name: 'Harbour Kitchens Ltd' });
  const opportunity = await call(app.backend, 'opportunities.create', {
    employerId: employer.id,
    kind: 'work_trial',
    title: 'Two-day work trial',
  });
  await call(app.backend, 'referrals.create', { opportunityId: opportunity.id, references: ['P-0201', 'P-0202'] });
  await openEmployer(page, employer.id);
  await page.getByRole('tab', { name: 'Opportunities' }).click();
  await page.getByRole('button', { name: 'More for Two-day work trial' }).click();
  await page.getByRole('menuitem', { name: 'Move to Trash' }).click();
  const ask = page.getByRole('dialog', { name: 'Move this opportunity to Trash?' });
  await expect(ask.getByText(/has 2 referrals\. They will go to Trash with it/)).toBeVisible();
  await ask.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(page.getByText('No opportunities yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('checkbox', { name: 'Select P-0202' })).toBeVisible();
});

test('programmes are kept with their funder and job checks, and show their funnel', async ({ page }) => {
  await page.getByRole('link', { name: 'Programmes' }).click();
  await expect(page.getByText('No programmes yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Add a programme' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a programme' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Working Futures');
  await dialog.getByRole('textbox', { name: 'Funder (optional)' }).fill('Lambeth Council');
  await dialog.getByRole('textbox', { name: 'Check that a job lasted after (weeks)' }).fill('13, 26, 0');
  await dialog.getByRole('button', { name: 'Save programme' }).click();
  await expect(
    dialog.getByRole('textbox', { name: 'Check that a job lasted after (weeks)' }),
  ).toHaveAccessibleDescription(/at least 1 week/);
  await dialog.getByRole('textbox', { name: 'Check that a job lasted after (weeks)' }).fill('13, 26, 52');
  await dialog.getByRole('textbox', { name: 'Started a job' }).fill('0');
  await dialog.getByRole('button', { name: 'Save programme' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Started a job' })).toHaveAccessibleDescription(
    'Enter a target of 1 or more, or leave it empty',
  );
  await dialog.getByRole('textbox', { name: 'Started a job' }).fill('12');
  await dialog.getByRole('textbox', { name: 'Referred' }).fill('40');
  await dialog.getByRole('button', { name: 'Save programme' }).click();
  await expect(page.getByRole('heading', { name: 'Working Futures' })).toBeVisible();
  await expect(page.getByText('Checks at 13, 26, 52 weeks')).toBeVisible();
  await expect(page.getByText('Lambeth Council · No dates set')).toBeVisible();
  await expectAccessible(page);
});
