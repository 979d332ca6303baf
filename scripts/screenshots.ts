// npm run screenshots: writes docs/screenshots/*.png from the built app in the browser host,
// on a fresh data folder, so README always shows the app as it is.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dropFiles } from '../tests/support/drop-files';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { openBackend } from '../electron/backend';
import { databaseFileName } from '../electron/db/open';
import { launchBrowserApp } from '../tests/support/browser-app';
import { call } from '../tests/support/call';
import { chromiumPrinter } from '../tests/support/printer';
import { busiestEmployer } from './bench/relationships';

const outDir = path.resolve('docs/screenshots');

/** A sample employer with many starts and some referrals still in progress, to show the Opportunities tab full. */
function mostReferrals(folder: string): string {
  const db = new SQLite(path.join(folder, databaseFileName), { readonly: true });
  const id = db
    .prepare(
      `select employer_id from referral where deleted_at is null group by employer_id
       having sum(stage in ('referred', 'interviewed', 'offered')) >= 4
       order by sum(reached >= 3) desc limit 1`,
    )
    .pluck()
    .get() as string;
  db.close();
  return id;
}
/** Page 1 of an exported PDF as a picture, as a funder would first see it. */
function pdfPageOne(file: string, name: string) {
  const out = path.join(outDir, name);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, out]);
  console.log(`docs/screenshots/${name}.png`);
}

/** A made-up charity's logo, drawn by Chromium, to show where a real one goes on exports. */
async function sampleLogo() {
  const printer = chromiumPrinter();
  const size = { width: 360, height: 96 };
  const png = await printer.png(
    `<body style="margin:0;background:#fff"><svg xmlns="http://www.w3.org/2000/svg" width="360" height="96"><circle cx="48" cy="48" r="40" fill="#0c7f6f"/><path d="M28 60 L48 30 L68 60" stroke="#fff" stroke-width="9" fill="none" stroke-linejoin="round"/><text x="104" y="60" font-family="Helvetica, Arial" font-size="34" font-weight="700" fill="#0a5f54">Northside</text></svg></body>`,
    size,
  );
  await printer.close();
  return { dataUrl: `data:image/png;base64,${png.toString('base64')}`, ...size };
}

fs.mkdirSync(outDir, { recursive: true });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgework-screenshots-'));
const app = await launchBrowserApp({ dataDir, viewport: { width: 1280, height: 800 } });
const { page } = app;
page.on('pageerror', (error) => console.error(`The page failed: ${error.message}`));
const shot = async (name: string) => {
  await page.waitForTimeout(400); // let notifications and transitions settle
  await page.screenshot({ path: path.join(outDir, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
};

try {
  await page.getByRole('heading', { name: 'Welcome to Bridgework' }).waitFor();
  await page.getByRole('textbox', { name: 'Your charity’s name' }).fill('Northside Works');
  await page.getByRole('textbox', { name: 'Your name' }).fill('Sam Patel');
  await shot('33-welcome');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('group', { name: 'How to start' }).waitFor();
  await shot('34-welcome-start');
  await page.getByRole('button', { name: /Start empty/ }).click();

  await page.getByRole('heading', { name: 'Add your first employer' }).waitFor();
  await shot('01-employers-empty');

  await page.getByRole('button', { name: 'Load sample data' }).click();
  await page.getByText('300 employers', { exact: true }).waitFor();
  await call(app.backend, 'settings.update', { charity: { name: 'Northside Works', logo: await sampleLogo() } });
  for (const close of await page.getByRole('button', { name: 'Close message' }).all()) await close.click();
  await shot('02-employers-list');
  // The other pictures show the record as a user's own would look, without the sample data banner.
  const db = new SQLite(path.join(dataDir, databaseFileName));
  db.prepare("update setting set value = 'no' where key = 'sample_data'").run();
  db.close();
  await page.reload();

  await page.getByRole('combobox', { name: 'Phase', exact: true }).click();
  await page.getByRole('option', { name: 'Developing', exact: true }).click();
  await page.keyboard.press('Escape');
  await page.getByText(/match your filters/).waitFor();
  await shot('03-employers-filtered');

  await page.locator('tbody tr[aria-rowindex="2"] a').click();
  await page.getByRole('button', { name: 'Log contact' }).waitFor();
  await shot('04-employer-page');

  await page.goto(page.url().replace(/#.*/, '#/employers/new'));
  await page.getByRole('textbox', { name: 'Name' }).fill('');
  await page.getByRole('textbox', { name: 'Email' }).fill('jobs-at-acme');
  await page.getByRole('button', { name: 'Add employer' }).click();
  await page.getByText('There is a problem').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('05-employer-form-errors');

  const existing = await page.evaluate(() => window.bridgework.invoke('employers.list', { limit: 1 }));
  const name = (existing as { value: { rows: { name: string }[] } }).value.rows[0]!.name;
  await page.getByRole('textbox', { name: 'Name' }).fill(name.replace(/ Ltd$/, '').toUpperCase() + ' LIMITED');
  await page.getByText('You may already have this employer').waitFor();
  await page.getByRole('textbox', { name: 'Email' }).fill('');
  await page.getByRole('textbox', { name: 'Name' }).focus();
  await shot('06-duplicate-warning');

  await page.goto(page.url().replace(/#.*/, '#/today'));
  await page.getByRole('heading', { name: 'Follow-ups due' }).waitFor();
  await shot('13-today');

  const busiest = busiestEmployer(dataDir);
  await page.goto(page.url().replace(/#.*/, `#/employers/${busiest.id}`));
  await page.getByRole('region', { name: 'Relationship timeline' }).locator('.mantine-Paper-root').first().waitFor();
  await shot('08-employer-timeline');

  await page.getByRole('tab', { name: /Promises/ }).click();
  await page.getByRole('heading', { name: 'We promised' }).waitFor();
  await shot('14-employer-promises');

  await page.getByRole('tab', { name: 'Trust' }).click();
  await page.getByRole('heading', { name: 'Trust notes' }).waitFor();
  await shot('15-employer-trust');

  await page.getByRole('tab', { name: 'Depth' }).click();
  await page.getByRole('button', { name: 'Assess depth' }).click();
  await page.getByText('Suggested from the record').waitFor();
  await shot('16-assess-depth');
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Timeline' }).click();

  const referring = mostReferrals(dataDir);
  await page.goto(page.url().replace(/#.*/, `#/employers/${referring}`));
  await page.getByRole('tab', { name: 'Opportunities' }).click();
  await page.getByRole('heading', { name: 'Referrals to this employer' }).waitFor();
  await page.getByRole('tabpanel').getByRole('table').first().waitFor();
  await page.getByRole('tablist').evaluate((tabs) => tabs.scrollIntoView());
  await shot('17-employer-opportunities');
  const tables = await page.getByRole('tabpanel').getByRole('table').all();
  let ticks = tables[0]!.getByRole('checkbox', { name: /^Select P-/ });
  for (const table of tables) {
    ticks = table.getByRole('checkbox', { name: /^Select P-/ });
    if ((await ticks.count()) >= 2) break;
  }
  await ticks.nth(0).check();
  await ticks.nth(1).check();
  await page.getByRole('button', { name: /^Move 2 on/ }).click();
  await page.getByRole('dialog').getByRole('combobox', { name: 'Stage reached' }).waitFor();
  await shot('18-move-referrals-on');
  await page.keyboard.press('Escape');

  await page.goto(page.url().replace(/#.*/, '#/programmes'));
  await page.getByRole('heading', { name: 'Working Futures' }).waitFor();
  await page.getByText('Referred', { exact: true }).first().waitFor();
  await shot('19-programmes');

  await page.goto(page.url().replace(/#.*/, '#/reports'));
  await page.getByRole('heading', { name: 'Depth of engagement' }).waitFor();
  await page.waitForTimeout(600); // let the charts draw
  await shot('20-funder-report');
  await page.getByRole('heading', { name: 'Referrals and outcomes' }).evaluate((heading) => heading.scrollIntoView());
  await shot('21-funder-report-outcomes');
  await page.getByRole('combobox', { name: 'Programme' }).click();
  await page.getByRole('option', { name: 'Working Futures' }).click();
  await page.getByRole('heading', { name: 'Progress to targets' }).waitFor();
  await page.getByRole('heading', { name: 'Progress to targets' }).evaluate((heading) => heading.scrollIntoView());
  await shot('42-funder-report-targets');
  await page.getByRole('combobox', { name: 'Programme' }).click();
  await page.getByRole('option', { name: 'Working Futures' }).click();

  await page.goto(page.url().replace(/#.*/, '#/programmes'));
  await page.getByRole('button', { name: 'Change Working Futures' }).click();
  await page.getByRole('dialog', { name: 'Change a programme' }).getByRole('textbox', { name: 'Referred' }).waitFor();
  await shot('43-programme-targets');
  await page.keyboard.press('Escape');

  await page.goto(page.url().replace(/#.*/, `#/employers/${referring}`));
  await page.getByRole('button', { name: 'More' }).first().click();
  await page.getByRole('menuitem', { name: 'Start a case study' }).click();
  await page.getByRole('button', { name: 'Draft the case study' }).click();
  await page.getByRole('textbox', { name: 'Background' }).waitFor();
  await shot('22-case-study');
  await page
    .getByRole('textbox', { name: 'A quote from the employer (optional)' })
    .fill(
      'Northside sent us people who were ready, and they stayed in touch after every start. It changed how we recruit.',
    );

  await page.getByRole('button', { name: 'Choose highlights' }).click();
  const highlights = page.getByRole('dialog', { name: 'Choose the moments that mattered' });
  await highlights.getByRole('checkbox').first().waitFor();
  for (const box of (await highlights.getByRole('checkbox').all()).slice(0, 4)) await box.check();
  await shot('23-case-study-highlights');
  await highlights.getByRole('button', { name: 'Save highlights' }).click();
  await page.getByRole('tab', { name: 'Preview' }).click();
  await page
    .frameLocator('iframe[title="Preview of the exported case study"]')
    .getByRole('heading', { name: 'Background' })
    .waitFor();
  await shot('24-case-study-preview');
  await page.getByRole('button', { name: 'Export case study' }).click();
  const exporting = page.getByRole('dialog', { name: 'Export the case study' });
  await exporting.getByRole('button', { name: 'Export', exact: true }).click();
  await exporting.getByText('Your file is ready').waitFor();
  await shot('25-case-study-exported');
  const caseStudyPdf = app.openedFiles.length;
  await exporting.getByRole('button', { name: 'Open file' }).click();
  while (app.openedFiles.length === caseStudyPdf) await page.waitForTimeout(50);
  pdfPageOne(app.openedFiles.at(-1)!, '26-case-study-pdf-page-1');
  await exporting.getByRole('button', { name: 'Done' }).click();
  const studyId = page.url().replace(/.*case-studies\//, '');
  const today = new Date().toISOString().slice(0, 10);
  const reportPdf = await call(app.backend, 'reports.export', {
    from: `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`,
    to: today,
    format: 'pdf',
    caseStudyIds: [studyId],
  });
  pdfPageOne(reportPdf.file, '27-funder-report-pdf-page-1');

  await page.goto(page.url().replace(/#.*/, `#/employers/${busiest.id}`));
  await page.getByRole('region', { name: 'Relationship timeline' }).locator('.mantine-Paper-root').first().waitFor();
  await page.keyboard.press('Control+l');
  await page
    .getByRole('dialog', { name: 'Log contact' })
    .getByRole('textbox', { name: 'Summary' })
    .fill('Call with Kaitlin about the warehouse roles');
  await shot('09-log-contact');
  await page.keyboard.press('Escape');
  await page
    .getByRole('button', { name: 'Discard changes' })
    .click()
    .catch(() => {});

  await page.getByRole('tab', { name: /People/ }).click();
  await shot('10-employer-people');

  await page.keyboard.press('Control+k');
  await page.getByRole('textbox', { name: 'Search' }).fill('warehouse');
  await page.getByRole('dialog').locator('mark').first().waitFor();
  await shot('11-search');
  await page.keyboard.press('Escape');

  await page.goto(page.url().replace(/#.*/, '#/people'));
  await page.getByRole('table').locator('tbody tr[aria-rowindex="2"] a').click();
  await page.getByRole('tab', { name: 'Contact across employers' }).waitFor();
  await page.waitForTimeout(500);
  await shot('12-person');

  const spreadsheet = path.join(dataDir, 'Employer contacts 2026.csv');
  fs.writeFileSync(
    spreadsheet,
    [
      'Organisation,Industry,Borough,Staff,Main contact,Their role,Email,Comments',
      'Harbour Kitchen,Hospitality,Salford,35,Nia Campbell,Head chef,nia@harbourkitchen.example,Wants kitchen porters for the summer',
      'Brightside Care Ltd,Health and social care,Trafford,120,Owen Hughes,Registered manager,owen@brightside.example,',
      'Penny Lane Books,Retail,Bolton,8,Jas Kaur,Owner,jas@pennylane.example,Happy to host work tasters',
      'Castlefield Logistics,Transport,Wigan,400,Marek Nowak,Shift manager,marek@castlefield,',
      'Ancoats Bakery,Baking,Manchester,12,,,,',
    ].join('\n'),
  );
  await page.goto(page.url().replace(/#.*/, '#/import'));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await (await chooser).setFiles(spreadsheet);
  await page.getByRole('button', { name: 'Read the file' }).click();
  await page.getByRole('button', { name: 'Check every row' }).waitFor();
  await shot('29-import-columns');
  await page.getByRole('button', { name: 'Check every row' }).click();
  await page.getByText('What will happen').waitFor();
  await shot('30-import-check-rows');
  await page.getByRole('heading', { name: 'Values not on your lists' }).evaluate((heading) => heading.scrollIntoView());
  await shot('39-import-values-not-on-lists');

  await page.goto(page.url().replace(/#.*/, '#/settings'));
  await page.getByRole('button', { name: 'Back up now' }).click();
  await page.getByRole('table', { name: 'Backups, newest first' }).waitFor();
  await page.getByRole('heading', { name: 'Backups' }).evaluate((heading) => heading.scrollIntoView());
  await shot('28-settings-backups');

  await page.getByRole('heading', { name: 'Recent changes' }).evaluate((heading) => heading.scrollIntoView());
  await page.locator('#recent-changes').getByRole('button', { name: 'Undo' }).first().waitFor();
  await shot('36-recent-changes');

  const [original] = (
    await call(app.backend, 'employers.list', { limit: 1, sort: { column: 'name', direction: 'asc' } })
  ).rows;
  const copy = await call(app.backend, 'employers.get', { id: original!.id });
  const twin = await call(app.backend, 'employers.create', {
    name: `${copy.name.replace(/ (Ltd|plc|Limited)$/i, '').toUpperCase()} LIMITED`,
    phone: copy.phone ?? '0161 496 0000',
    website: 'www.example.co.uk',
    locality: copy.locality,
  });
  await page.goto(page.url().replace(/#.*/, '#/employers/duplicates'));
  await page.getByRole('button', { name: 'Merge…' }).first().waitFor();
  for (const close of await page.locator('.mantine-Notification-closeButton').all()) await close.click();
  await shot('40-possible-duplicates');
  await page.getByRole('button', { name: 'Merge…' }).first().click();
  await page.getByRole('button', { name: 'Merge employers' }).waitFor();
  await shot('41-merge-employers');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await call(app.backend, 'employers.archive', { id: twin.id });
  await call(app.backend, 'trash.purge', { items: [{ kind: 'employer', id: twin.id }] });

  const inTrash = (await call(app.backend, 'employers.list', { limit: 3, sort: { column: 'name', direction: 'asc' } }))
    .rows;
  for (const employer of inTrash.slice(0, 2)) await call(app.backend, 'employers.archive', { id: employer.id });
  const someone = (await call(app.backend, 'people.list', { limit: 1 })).rows[0]!;
  await call(app.backend, 'people.archive', { id: someone.id });
  await page.goto(page.url().replace(/#.*/, '#/trash'));
  await page.getByRole('table', { name: 'Items in Trash, most recently moved first' }).waitFor();
  for (const close of await page.locator('.mantine-Notification-closeButton').all()) await close.click();
  await shot('32-trash');
  for (const employer of inTrash.slice(0, 2)) await call(app.backend, 'employers.restore', { id: employer.id });
  await call(app.backend, 'people.restore', { id: someone.id });

  const passphrase = 'kettle on the hob';
  await page.goto(page.url().replace(/#.*/, '#/settings'));
  await page.getByRole('button', { name: 'Set a passphrase' }).click();
  await page.getByLabel('New passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Type the new passphrase again', { exact: true }).fill(passphrase);
  await page.getByRole('heading', { name: 'Passphrase' }).evaluate((heading) => heading.scrollIntoView());
  await shot('37-set-passphrase');
  await page.getByRole('button', { name: 'Protect my record' }).click();
  await page.getByText('Your record is now protected with your passphrase.').waitFor();
  await call(app.backend, 'security.lock');
  await page.reload();
  await page.getByRole('heading', { name: 'Bridgework is locked' }).waitFor();
  await shot('31-locked');
  await call(app.backend, 'security.unlock', { passphrase });
  await page.reload();

  const leaving = (await call(app.backend, 'people.list', { limit: 6 })).rows[5]!;
  await page.goto(page.url().replace(/#.*/, `#/people/${leaving.id}`));
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Erase their details' }).click();
  await page.getByRole('button', { name: 'Erase for good' }).click();
  await page.getByRole('dialog', { name: new RegExp(`^${leaving.name} is still in`) }).waitFor();
  for (const close of await page.locator('.mantine-Notification-closeButton').all()) await close.click();
  await shot('38-erased-from-backups');
  await page.getByRole('button', { name: 'Leave the backups as they are' }).click();

  await page.goto(page.url().replace(/#.*/, '#/help'));
  await page.locator('.guide img').first().waitFor();
  await shot('35-user-guide');

  await page.goto(page.url().replace(/#.*/, '#/employers'));
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByText('300 employers', { exact: true }).waitFor();
  await shot('07-employers-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // The main pages on the small laptops charities use.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByText('300 employers', { exact: true }).waitFor();
  await shot('50-small-laptop-employers');
  await page.goto(page.url().replace(/#.*/, `#/employers/${busiest.id}`));
  await page.getByRole('region', { name: 'Relationship timeline' }).waitFor();
  await shot('51-small-laptop-employer');
  await page.goto(page.url().replace(/#.*/, '#/today'));
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  await shot('52-small-laptop-today');
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(page.url().replace(/#.*/, '#/employers'));
  await page.getByText('300 employers', { exact: true }).waitFor();
  await shot('53-1024-employers');

  // Emails and an invitation dropped on an employer's page (made last: it adds an employer).
  await page.setViewportSize({ width: 1280, height: 800 });
  const harbour = await call(app.backend, 'employers.create', {
    name: 'Harbour Hotels',
    website: 'harbourhotels.co.uk',
  });
  await call(app.backend, 'people.create', {
    name: 'Priya Shah',
    email: 'priya.shah@harbourhotels.co.uk',
    employerId: harbour.id,
    roleTitle: 'People and culture manager',
  });
  await page.goto(page.url().replace(/#.*/, `#/employers/${harbour.id}`));
  await page.getByRole('tab', { name: 'Timeline' }).waitFor();
  const mail = path.resolve('tests/fixtures/mail');
  await dropFiles(
    page,
    ['outlook-interview-offer.msg', 'encoded-subject-windows-1252.eml', 'outlook-meeting-request.ics'].map((name) =>
      path.join(mail, name),
    ),
  );
  const logEmails = page.getByRole('dialog', { name: 'Log emails and invitations' });
  await logEmails.getByRole('region').first().waitFor();
  await shot('44-log-emails');
  await logEmails.getByRole('button', { name: 'Log 3 emails and invitations' }).click();
  await logEmails.waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: /Open Interview schedule/ }).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 200);
  await page.waitForTimeout(300);
  await shot('45-logged-email');

  const calendarFolder = path.join(dataDir, 'OneDrive - Bridgework Trust');
  fs.mkdirSync(calendarFolder);
  app.nextChosenPaths.push(calendarFolder);
  await page.goto(page.url().replace(/#.*/, '#/settings'));
  await page.getByRole('button', { name: 'Keep a calendar file' }).click();
  await page
    .locator('#calendar')
    .getByText(/events? in /)
    .waitFor();
  await page.locator('#calendar').evaluate((panel) => panel.scrollIntoView());
  await shot('46-settings-calendar');

  const teamFolder = path.join(dataDir, 'SharePoint - Northside Works');
  fs.mkdirSync(teamFolder);
  app.nextChosenPaths.push(teamFolder);
  const teamPanel = page.locator('#team');
  await teamPanel.evaluate((panel) => panel.scrollIntoView());
  await shot('47-settings-team');
  await teamPanel.getByRole('button', { name: 'Choose the shared folder and start' }).click();
  await teamPanel.getByText(/^You started/).waitFor();
  await teamPanel.evaluate((panel) => panel.scrollIntoView());
  await shot('48-team-join-code');

  // Tom Okafor's laptop joins through the same folder; the two change the same things at once.
  const tomsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgework-screenshots-tom-'));
  const tom = await openBackend({ dataDir: tomsDir });
  try {
    const { joinCode } = await call(app.backend, 'team.joinCode');
    await call(tom, 'team.join', { folder: teamFolder, joinCode });
    await call(tom, 'settings.update', { yourName: 'Tom Okafor' });
    const [moved, trashed] = (await call(app.backend, 'employers.list', { phase: ['developing'], limit: 2 })).rows;
    await call(tom, 'employers.movePhase', { employerId: moved!.id, toPhase: 'establishing' });
    await call(tom, 'interactions.create', {
      employerId: moved!.id,
      kind: 'call',
      status: 'done',
      occurredAt: new Date().toISOString(),
      summary: 'Agreed two taster days in January',
    });
    await call(tom, 'employers.update', { id: trashed!.id, locality: 'Gateshead' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await call(app.backend, 'employers.movePhase', { employerId: moved!.id, toPhase: 'maintaining' });
    await call(app.backend, 'employers.archive', { id: trashed!.id });
    for (const laptop of [tom, app.backend, tom, app.backend]) await call(laptop, 'team.sync');
    await page.reload();
    await teamPanel.getByText('Changed on two laptops at once').waitFor();
    await teamPanel.getByText('Who is in the team').evaluate((heading) => heading.scrollIntoView());
    await shot('49-team-conflicts');

    await page.goto(page.url().replace(/#.*/, `#/employers/${moved!.id}`));
    await page.getByText('Agreed two taster days in January', { exact: true }).waitFor();
    await shot('50-timeline-by-colleague');

    await page.goto(page.url().replace(/#.*/, '#/employers'));
    await page.getByRole('button', { name: 'Hand over employers' }).click();
    const handOver = page.getByRole('dialog', { name: 'Hand over employers' });
    await handOver.getByRole('combobox', { name: 'Current account owner' }).click();
    await page.getByRole('option', { name: /^Tom Okafor/ }).click();
    await handOver.getByRole('combobox', { name: 'Hand them to' }).fill('Sam Patel');
    await handOver.getByText(/^Every employer one person/).click();
    await shot('51-hand-over');
    await handOver.getByRole('button', { name: /^Hand over \d+ employers/ }).click();
    await handOver.waitFor({ state: 'hidden' });
    for (const close of await page.getByRole('button', { name: 'Close message' }).all()) await close.click();
    await page.getByRole('radiogroup', { name: 'Whose employers' }).getByText('Mine', { exact: true }).click();
    await page.getByText(/match your filters/).waitFor();
    await shot('52-employers-mine');
  } finally {
    await tom.close();
    fs.rmSync(tomsDir, { recursive: true, force: true });
  }
} finally {
  await app.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
