import type { BrowserApp } from '../support/browser-app';
import type { ProcedureInput, ProcedureName } from '../../shared/contract';
import { call, expect, expectAccessible, openEmployer, reopenAt, test } from './fixtures';

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

async function seed(app: BrowserApp) {
  const invoke = <P extends ProcedureName>(procedure: P, input: ProcedureInput<P>) =>
    call(app.backend, procedure, input);
  const acme = await invoke('employers.create', { name: 'Acme Logistics Ltd', locality: 'Salford' });
  const sam = await invoke('people.create', {
    name: 'Sam Patel',
    employerId: acme.id,
    roleTitle: 'HR manager',
    isPrimary: true,
  });
  await invoke('interactions.create', {
    employerId: acme.id,
    kind: 'call',
    status: 'done',
    occurredAt: daysFromNow(-3),
    summary: 'Call about the warehouse roles',
    followUpOn: daysFromNow(-1).slice(0, 10),
    personIds: [sam.id],
  });
  return { acme, sam, invoke };
}

test('a trust note is recorded from the contact it came from', async ({ page, app }) => {
  const { acme } = await seed(app);
  await openEmployer(page, acme.id);
  await page.keyboard.press('Control+l');
  const dialog = page.getByRole('dialog', { name: 'Log contact' });
  await dialog.getByRole('textbox', { name: 'Summary' }).fill('Visit to the depot with Sam');
  await dialog.getByRole('button', { name: 'Add a trust note' }).click();
  await dialog.getByRole('textbox', { name: 'What you saw or heard' }).fill('');
  await dialog.getByRole('button', { name: 'Log contact' }).click();
  await expect(dialog.getByRole('textbox', { name: 'What you saw or heard' })).toHaveAccessibleDescription(
    /Write what you saw or heard/,
  );

  await dialog.getByRole('combobox', { name: 'Level of trust' }).click();
  await page.getByRole('option', { name: 'Between people' }).click();
  await dialog.getByRole('combobox', { name: 'Between us and' }).click();
  await page.getByRole('option', { name: 'Sam Patel' }).click();
  await dialog.getByRole('textbox', { name: 'What you saw or heard' }).fill('Sam rang us first about the new roles.');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Log contact' }).click();
  await expect(dialog).toBeHidden();

  const timeline = page.getByRole('region', { name: 'Relationship timeline' });
  await expect(timeline.getByText('Sam rang us first about the new roles.')).toBeVisible();
  await page.getByRole('tab', { name: 'Trust' }).click();
  const card = page.getByText(/1 note\. Latest: strengthened/);
  await expect(card).toBeVisible();
  // One note is a point, not a trend: no line is drawn until the second.
  await expect(card.locator('..').locator('svg')).toHaveCount(0);
  await expect(page.getByText(/^Trust lives at three levels: institutional/)).toBeVisible();
  await expect(page.getByText('Between people · with Sam Patel')).toBeVisible();
  await expectAccessible(page);
});

test('a promise made last month is recorded with its day, then kept, and each side’s record shows it', async ({
  page,
  app,
}) => {
  const { acme } = await seed(app);
  await openEmployer(page, acme.id);
  await page.getByRole('tab', { name: /Promises/ }).click();
  await page.getByRole('button', { name: 'Add a promise they made' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a promise' });
  await dialog.getByRole('textbox', { name: 'What was promised' }).fill('Guaranteed interviews for four candidates');
  await dialog.getByRole('combobox', { name: 'Kind (optional)' }).click();
  // The employer's kinds of promise: what an employer offers, not what we do.
  await expect(page.getByRole('option', { name: 'Screened candidates' })).toBeHidden();
  await page.getByRole('option', { name: 'Guaranteed interviews' }).click();
  const ukDate = (iso: string) => iso.slice(0, 10).split('-').reverse().join('/');
  // Recorded today, made weeks ago.
  const made = dialog.getByRole('textbox', { name: 'Made on' });
  await made.fill(ukDate(daysFromNow(-40)));
  await made.press('Tab');
  const due = dialog.getByRole('textbox', { name: 'Due by (optional)' });
  await due.fill(daysFromNow(-2).slice(0, 10).split('-').reverse().join('/'));
  await due.press('Tab');
  await dialog.getByRole('button', { name: 'Save promise' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Overdue: was due/)).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Promises (1 open)' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Mark kept “Guaranteed interviews for four candidates”' }).click();
  const settle = page.getByRole('dialog', { name: 'Settle a promise' });
  await settle.getByRole('textbox', { name: 'Note (optional)' }).fill('All four were interviewed; two got offers.');
  const settledOn = settle.getByRole('textbox', { name: 'Date' });
  await settledOn.fill(ukDate(daysFromNow(-30)));
  await settledOn.press('Tab');
  await settle.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Marked “Guaranteed interviews for four candidates” as kept.')).toBeVisible();
  const [kept] = (await call(app.backend, 'commitments.forEmployer', { employerId: acme.id })).commitments;
  expect(kept).toMatchObject({ madeOn: daysFromNow(-40).slice(0, 10), resolvedOn: daysFromNow(-30).slice(0, 10) });
  await expect(page.getByText('Kept 1 of 1 (100%) · 0 open, 1 kept, 0 broken, 0 released')).toBeVisible();

  // A slip of the mouse is undone from the message, and the promise is open again.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('No promises settled yet · 1 open, 0 kept, 0 broken, 0 released')).toBeVisible();
  await page.getByRole('button', { name: 'Mark kept “Guaranteed interviews for four candidates”' }).click();
  await settle.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Kept 1 of 1 (100%) · 0 open, 1 kept, 0 broken, 0 released')).toBeVisible();

  await page.getByRole('tab', { name: 'Timeline' }).click();
  const timeline = page.getByRole('region', { name: 'Relationship timeline' });
  await expect(timeline.getByText('They kept')).toBeVisible();
  await expect(timeline.getByText('They promised')).toBeVisible();
});

test('the suggested depth is accepted, and the employer shows it', async ({ page, app }) => {
  const { acme } = await seed(app);
  await openEmployer(page, acme.id);
  await expect(page.getByText('Depth not assessed')).toBeVisible();
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Assess depth' }).click();
  const dialog = page.getByRole('dialog', { name: 'Assess engagement depth' });
  await expect(dialog.getByText('Contact in 1 of the last 12 months: ad hoc.')).toBeVisible();
  await expect(dialog.getByText('1 of 5 · Instrumental: one-off')).toBeVisible();
  await expect(dialog.getByText('Using the suggestion')).toBeVisible();
  await dialog.getByRole('radio', { name: '1' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByText(/you are overriding the suggestion/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Use the suggestion' }).click();
  await expect(dialog.getByText('Using the suggestion')).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Consumer' }).check();
  await dialog.getByRole('textbox', { name: 'Why this depth' }).fill('One recruitment drive so far.');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Save assessment' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Depth 1 of 5', { exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'Depth' }).click();
  await expect(page.getByText('Roles as we see them: Consumer')).toBeVisible();
});

test('moving to developing asks how, next to the question', async ({ page, app }) => {
  const { acme } = await seed(app);
  await openEmployer(page, acme.id);
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Move phase' }).click();
  const dialog = page.getByRole('dialog', { name: 'Move to another phase' });
  await dialog.getByRole('combobox', { name: 'Move to' }).click();
  await page.getByRole('option', { name: 'Developing' }).click();
  await dialog.getByRole('button', { name: 'Move phase' }).click();
  await expect(dialog.getByText('Choose how the relationship is developing')).toBeVisible();
  await dialog.getByRole('radio', { name: /Broadening/ }).check();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Move phase' }).click();
  await expect(page.getByText('Acme Logistics Ltd is now in the developing phase.')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Relationship timeline' }).getByText('Moved to developing'),
  ).toBeVisible();
});

test('Today lists what is due, and each row is dealt with in place', async ({ page, app }) => {
  const { acme, invoke } = await seed(app);
  await invoke('commitments.create', {
    employerId: acme.id,
    party: 'us',
    description: 'Send three screened candidates',
    dueOn: daysFromNow(2).slice(0, 10),
  });
  await invoke('commitments.create', {
    employerId: acme.id,
    party: 'us',
    description: 'Send the risk assessment',
    dueOn: daysFromNow(-3).slice(0, 10),
  });
  // Today was read when the window opened, before the record was filled in here.
  await reopenAt(page, '/today');
  const followUps = page.getByRole('region', { name: 'Follow-ups due' });
  const promises = page.getByRole('region', { name: 'Our promises due' });
  await expect(followUps.getByText('Call about the warehouse roles')).toBeVisible();
  await expect(promises.getByText('Send three screened candidates', { exact: true })).toBeVisible();
  // The overdue one under a heading of its own, first.
  await expect(promises.getByText(/^(Overdue$|Send the risk assessment|Due in the next 7 days|Send three)/)).toHaveText(
    ['Overdue', 'Send the risk assessment', 'Due in the next 7 days', 'Send three screened candidates'],
  );
  await expectAccessible(page);

  await promises.getByRole('button', { name: 'Mark kept “Send three screened candidates”' }).click();
  await page.getByRole('dialog', { name: 'Settle a promise' }).getByRole('button', { name: 'Save' }).click();
  await expect(promises.getByText('Send three screened candidates', { exact: true })).toHaveCount(0);
  await expect(promises.getByText('Due in the next 7 days')).toHaveCount(0);

  await followUps.getByRole('button', { name: 'Put off the follow-up with Acme Logistics Ltd' }).click();
  const snooze = page.getByRole('dialog', { name: 'Put off this follow-up' });
  await snooze.getByRole('button', { name: 'Put it off' }).click();
  await expect(snooze.getByRole('textbox', { name: 'Why you are putting it off' })).toHaveAccessibleDescription(
    /Say why you are putting it off/,
  );
  await snooze.getByRole('textbox', { name: 'Why you are putting it off' }).fill('Sam is on leave this week');
  await snooze.getByRole('button', { name: 'Put it off' }).click();
  await expect(snooze).toBeHidden();
  await expect(followUps.getByText('No follow-ups due.')).toBeVisible();

  const singleThreaded = page.getByRole('region', { name: 'Single-threaded' });
  await expect(
    singleThreaded.getByText('All contact in the last 6 months has been with Sam Patel.', { exact: false }),
  ).toBeVisible();
  await expectAccessible(page);
});

test.describe('with the sample record', () => {
  test.use({ demoData: 'small' });
  test('Today’s going-cold list opens the employer list filtered to those employers', async ({ page }) => {
    const goingCold = page.getByRole('region', { name: 'Going cold' });
    const seeAll = goingCold.getByRole('button', { name: /See all [\d,]+ in the employer list/ });
    const total = (await seeAll.innerText()).match(/[\d,]+/)![0];
    await seeAll.click();
    await expect(page.getByText(`${total} employers match your filters, out of 300`)).toBeVisible();
    const signals = await page.locator('tbody tr[aria-rowindex] td:nth-child(4)').allInnerTexts();
    expect(signals.length).toBeGreaterThan(0);
    expect(signals.every((cell) => cell.startsWith('Going cold'))).toBe(true);
    await expectAccessible(page);
  });
});

test('an empty day on Today says so', async ({ page, app }) => {
  await call(app.backend, 'employers.create', { name: 'Acme Logistics Ltd' });
  await reopenAt(page, '/today');
  await expect(page.getByText('Nothing needs you today.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Follow-ups due' }).getByText('No follow-ups due.')).toBeVisible();
  await expectAccessible(page);
});
