import fs from 'node:fs';
import path from 'node:path';
import { calendarFileName } from '../../shared/calendar/schema';
import { appUrl, call, expect, expectAccessible, openEmployer, test } from './fixtures';

const inDays = (days: number, hour = 10) => {
  const day = new Date(Date.now() + days * 86_400_000);
  day.setUTCHours(hour, 0, 0, 0);
  return day.toISOString();
};

test('a planned contact goes to the calendar, and the calendar file follows a new follow-up', async ({
  page,
  app,
  dataDir,
}) => {
  const harbour = await call(app.backend, 'employers.create', { name: 'Harbour Hotels' });
  const visit = await call(app.backend, 'interactions.create', {
    employerId: harbour.id,
    kind: 'site_visit',
    status: 'planned',
    occurredAt: inDays(5),
    summary: 'Walk the kitchens with two candidates',
  });

  await openEmployer(page, harbour.id);
  await page.getByRole('button', { name: 'Add to calendar “Walk the kitchens with two candidates”' }).click();
  await expect(page.getByText('Opened in your calendar')).toBeVisible();
  const invitation = app.openedFiles.at(-1)!;
  expect(path.basename(invitation)).toBe('Site visit Harbour Hotels.ics');
  expect(fs.readFileSync(invitation, 'utf8')).toContain(`UID:contact-${visit.id}@bridgework`);

  const synced = path.join(dataDir, 'OneDrive - Bridgework Trust');
  fs.mkdirSync(synced);
  app.nextChosenPaths.push(synced);
  await page.goto(`${appUrl}#/settings`);
  const panel = page.locator('#calendar');
  await panel.getByRole('button', { name: 'Keep a calendar file' }).click();
  const file = path.join(synced, calendarFileName);
  await expect(panel.getByText(`1 event in ${file}`, { exact: false })).toBeVisible();
  await expectAccessible(page);
  expect(fs.readFileSync(file, 'utf8')).not.toContain('Follow up: Harbour Hotels');

  await openEmployer(page, harbour.id);
  await page.keyboard.press('Control+l');
  const dialog = page.getByRole('dialog', { name: 'Log contact' });
  await dialog.getByRole('textbox', { name: 'Summary' }).fill('Call with Priya about the January intake');
  await dialog.getByRole('textbox', { name: 'Follow up on' }).fill('');
  await dialog.getByRole('textbox', { name: 'Follow up on' }).pressSequentially(formatted(inDays(9)));
  await dialog.getByRole('textbox', { name: 'Follow up on' }).press('Tab');
  await dialog.getByRole('button', { name: 'Log contact' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => fs.readFileSync(file, 'utf8')).toContain('SUMMARY:Follow up: Harbour Hotels');
  await page.goto(`${appUrl}#/settings`);
  await expect(page.locator('#calendar').getByText(`2 events in ${file}`, { exact: false })).toBeVisible();
});

/** A day as a person types it: 22/11/2026. */
function formatted(iso: string) {
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}
