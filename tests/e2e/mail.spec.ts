import path from 'node:path';
import type { BrowserApp } from '../support/browser-app';
import { dropFiles as dropOn } from '../support/drop-files';
import { call, expect, expectAccessible, openEmployer, test } from './fixtures';

const folder = path.resolve(import.meta.dirname, '../fixtures/mail');
const dropFiles = (page: Parameters<typeof dropOn>[0], names: string[]) =>
  dropOn(
    page,
    names.map((name) => path.join(folder, name)),
  );

async function seed(app: BrowserApp) {
  const harbour = await call(app.backend, 'employers.create', {
    name: 'Harbour Hotels',
    website: 'www.harbourhotels.co.uk',
  });
  await call(app.backend, 'employers.create', { name: 'Greenleaf Bakery', locality: 'Leeds' });
  await call(app.backend, 'people.create', {
    name: 'Priya Shah',
    email: 'priya.shah@harbourhotels.co.uk',
    employerId: harbour.id,
  });
  return { harbour };
}

test('emails dropped on an employer are logged there, one moved to another employer, and never twice', async ({
  page,
  app,
}) => {
  const { harbour } = await seed(app);
  await openEmployer(page, harbour.id);
  await dropFiles(page, ['outlook-interview-offer.msg', 'encoded-subject-windows-1252.eml', 'apple-mail-visit.eml']);

  const dialog = page.getByRole('dialog', { name: 'Log emails and invitations' });
  const offer = dialog.getByRole('region', { name: 'Guaranteed interviews – commis chefs, January intake' });
  await expect(offer.getByText('People on it: Priya Shah (from)')).toBeVisible();
  await expect(
    offer.getByRole('checkbox', {
      name: 'Add Dan Okafor (dan.okafor@harbourhotels.co.uk) as a new person at Harbour Hotels',
    }),
  ).toBeChecked();
  await expect(offer.getByRole('textbox', { name: 'Name' })).toHaveValue('Dan Okafor');
  await expect(
    offer.getByRole('checkbox', { name: /Keep Interview schedule – January.pdf \(1 KB\) as evidence/ }),
  ).toBeChecked();
  const cafe = dialog.getByRole('region', { name: 'Café visit – next steps for the kitchen porter roles' });
  await expect(cafe.getByText(/from Renée O’Brien/)).toBeVisible();
  await expect(cafe.getByRole('textbox', { name: 'Name' })).toHaveValue('Renée O’Brien');
  await expectAccessible(page);

  // The bakery's email was dropped on the hotel's page: move it to the bakery.
  const visit = dialog.getByRole('region', { name: 'Visit on Thursday' });
  await expect(visit.getByRole('combobox', { name: 'Employer' })).toHaveValue('Harbour Hotels');
  await visit.getByRole('combobox', { name: 'Employer' }).fill('Greenleaf');
  await page.getByRole('option', { name: 'Greenleaf Bakery (Leeds)' }).click();
  await expect(visit.getByText('Chosen by you.')).toBeVisible();
  await visit
    .getByRole('checkbox', { name: /Add Aisha Rahman \(aisha@greenleafbakery.co.uk\) as a new person/ })
    .check();
  await visit.getByRole('button', { name: 'Add a promise' }).click();
  await visit.getByRole('textbox', { name: 'What was promised' }).fill('Two Saturday roles held for our candidates');
  await dialog.getByRole('button', { name: 'Log 3 emails' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByText('Logged 3 contacts with Harbour Hotels and Greenleaf Bakery.')).toBeVisible();
  const timeline = page.getByRole('region', { name: 'Relationship timeline' });
  await expect(
    timeline.getByText('Guaranteed interviews – commis chefs, January intake', { exact: true }),
  ).toBeVisible();
  await expect(timeline.getByText(/\(£11\.95 an hour, 30–37 hours\)\. The schedule is attached;/)).toBeVisible();
  await expect(timeline.getByRole('button', { name: 'Open Interview schedule – January.pdf (1 KB)' })).toBeVisible();
  await expect(timeline.getByText('Visit on Thursday', { exact: true })).toBeHidden();

  await dropFiles(page, ['outlook-interview-offer.msg']);
  await expect(dialog.getByText('Logged before: Harbour Hotels.')).toBeVisible();
  await expect(
    dialog.getByRole('checkbox', { name: 'Guaranteed interviews – commis chefs, January intake' }),
  ).toBeDisabled();
  await expect(dialog.getByRole('button', { name: 'Log emails' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('link', { name: 'People' }).first().click();
  await expect(page.getByRole('link', { name: 'Aisha Rahman' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Dan Okafor' })).toBeVisible();
});

test('a file that is not an email is named and refused, and File → Log emails chooses files', async ({ page, app }) => {
  await seed(app);
  await page.keyboard.press('Control+Shift+M');
  const dialog = page.getByRole('dialog', { name: 'Log emails and invitations' });
  await expect(dialog.getByText(/Drag emails here from Outlook/)).toBeVisible();
  await expectAccessible(page);
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose emails' }).click();
  await (await chooser).setFiles([path.join(folder, 'google-invite.ics'), path.join(folder, 'make-outlook-msg.ts')]);
  await expect(dialog.getByText('1 file was not read')).toBeVisible();
  await expect(
    dialog.getByText('make-outlook-msg.ts is not an email or a calendar invitation.', { exact: false }),
  ).toBeVisible();
  const review = dialog.getByRole('region', { name: 'Placements review – Northgate Care' });
  await expect(review.getByText('Meeting')).toBeVisible();
  await expect(
    review.getByText('Bridgework could not tell which employer this is with.', { exact: false }),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Log 1 invitation' }).click();
  await expect(review.getByText('Choose the employer, or untick this one')).toBeVisible();
});
