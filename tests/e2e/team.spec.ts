import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowserApp } from '../support/browser-app';
import { appUrl, call, expect, expectAccessible, openEmployer, test } from './fixtures';

test('a colleague joins with the code, and a contact logged on one laptop shows on the other once synced, and a phase changed on both is settled', async ({
  page,
  app,
  dataDir,
}) => {
  await call(app.backend, 'settings.update', { yourName: 'Sam Taylor' });
  const greggs = await call(app.backend, 'employers.create', { name: 'Greggs plc' });
  const drive = path.join(dataDir, 'OneDrive - Northside Works');
  fs.mkdirSync(drive);

  app.nextChosenPaths.push(drive);
  await page.goto(`${appUrl}#/settings`);
  const team = page.locator('#team');
  await team.getByRole('textbox', { name: 'Team name' }).fill('Northside Works');
  await team.getByRole('button', { name: 'Choose the shared folder and start' }).click();
  await expect(team.getByText('You started Northside Works')).toBeVisible();
  const words = await team.getByRole('list', { name: 'Your team’s join code' }).getByRole('listitem').allTextContents();
  const joinCode = words.map((word) => word.replace(/^\d+\.\s*/, '')).join(' ');
  expect(joinCode.split(/\s+/)).toHaveLength(24);
  await expect(team.getByText(/Shared with Northside Works through/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Team in step' })).toBeVisible();
  await expectAccessible(page);

  const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgework-e2e-colleague-'));
  const colleague = await launchBrowserApp({ dataDir: otherDir });
  try {
    await call(colleague.backend, 'app.finishWelcome', { start: 'empty' });
    colleague.nextChosenPaths.push(drive);
    await colleague.page.goto(`${appUrl}#/settings`);
    const theirs = colleague.page.locator('#team');
    await theirs.getByRole('textbox', { name: 'Join code' }).fill('these are not the words');
    await theirs.getByRole('button', { name: 'Choose the shared folder and join' }).click();
    await expect(theirs.getByText('“these” is not one of the join code’s words. Check the spelling.')).toBeVisible();
    colleague.nextChosenPaths.push(drive);
    await theirs.getByRole('textbox', { name: 'Join code' }).fill(joinCode);
    await theirs.getByRole('button', { name: 'Choose the shared folder and join' }).click();
    await expect(colleague.page.getByText('You joined Northside Works.', { exact: false })).toBeVisible();
    await call(colleague.backend, 'settings.update', { yourName: 'Priya Shah' });

    await openEmployer(page, greggs.id);
    await page.keyboard.press('Control+l');
    const dialog = page.getByRole('dialog', { name: 'Log contact' });
    await dialog.getByRole('textbox', { name: 'Summary' }).fill('Talked about the Leeds bakery roles');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('link', { name: '1 change not shared' })).toBeVisible();
    await page.goto(`${appUrl}#/settings`);
    await team.getByRole('button', { name: 'Sync now' }).click();
    await expect(page.getByText('Shared 1 change and took in 0 changes from colleagues.')).toBeVisible();

    // The colleague's laptop takes it in by itself when its window comes back into use.
    await openEmployer(colleague.page, greggs.id);
    const timeline = colleague.page.getByRole('region', { name: 'Relationship timeline' });
    await colleague.page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect(timeline.getByText('Talked about the Leeds bakery roles', { exact: true })).toBeVisible();
    await expect(timeline.getByText(/· by Sam Taylor$/)).toBeVisible();
    await colleague.page.goto(`${appUrl}#/settings`);
    await expect(theirs.getByText(/Shared with Northside Works through .*Everything you did is shared/)).toBeVisible();

    // The same employer moved to different phases on the two laptops: the later stands on both.
    await call(app.backend, 'employers.movePhase', { employerId: greggs.id, toPhase: 'establishing' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await call(colleague.backend, 'employers.movePhase', { employerId: greggs.id, toPhase: 'maintaining' });
    await page.goto(`${appUrl}#/settings`);
    await team.getByRole('button', { name: 'Sync now' }).click();
    await colleague.page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(async () => (await call(colleague.backend, 'team.status')).team?.waiting).toBe(0);
    await team.getByRole('button', { name: 'Sync now' }).click();
    const row = team.getByRole('row', {
      name: /Sam Taylor and Priya Shah both changed the phase of the employer “Greggs plc” on \d+ \w+ \d{4}\./,
    });
    await expect(row.getByRole('cell', { name: 'Maintaining (Priya Shah)', exact: true })).toBeVisible();
    await expect(row.getByRole('cell', { name: 'Establishing (Sam Taylor)', exact: true })).toBeVisible();
    await expectAccessible(page);
    await row.getByRole('button', { name: /^Use Establishing/ }).click();
    await expect(row).toBeHidden();
    expect((await call(app.backend, 'employers.get', { id: greggs.id })).phase).toBe('establishing');

    // Priya leaves: her laptop is taken out, and new colleagues need the new join code.
    await team.getByRole('button', { name: 'Show the join code' }).click();
    await expect(team.getByRole('list', { name: 'Your team’s join code' })).toHaveText(new RegExp(words[0]!));
    await team.getByRole('button', { name: 'Hide the join code' }).click();
    await team.getByRole('button', { name: 'Take out of the team (Priya Shah)' }).click();
    const removal = page.getByRole('dialog', { name: 'Take a laptop out of the team' });
    await expectAccessible(page);
    await removal.getByRole('button', { name: 'Take Priya Shah out' }).click();
    await expect(team.getByText('Priya Shah is out of the team. Here is the new join code')).toBeVisible();
    const newWords = await team
      .getByRole('list', { name: 'Your team’s join code' })
      .getByRole('listitem')
      .allTextContents();
    expect(newWords).not.toEqual(words);
    await expect(team.getByRole('button', { name: /Take out of the team/ })).toBeHidden();
    const refused = await colleague.backend.invoke('team.sync', {});
    expect(refused.ok).toBe(false);
  } finally {
    await colleague.close();
    fs.rmSync(otherDir, { recursive: true, force: true });
  }
});
