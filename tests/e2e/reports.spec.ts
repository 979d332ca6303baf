import dayjs from 'dayjs';
import { call, expect, expectAccessible, test } from './fixtures';

test.describe('with the sample record', () => {
  test.use({ demoData: 'small' });

  test('the funder report shows a year’s figures, cut by programme, each share with its count', async ({
    page,
    app,
  }) => {
    await page.getByRole('link', { name: 'Reports', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Funder report' })).toBeVisible();
    const year = {
      from: dayjs().subtract(1, 'year').add(1, 'day').format('YYYY-MM-DD'),
      to: dayjs().format('YYYY-MM-DD'),
    };
    const expected = await call(app.backend, 'reports.funder', year);
    const engaged = page.getByText('Employers engaged', { exact: true }).first().locator('..');
    await expect(engaged).toContainText(expected.employers.engaged.toLocaleString('en-GB'));
    // Each figure says how it is counted, when pointed at or reached with the keyboard.
    await engaged.hover();
    const definition = page.getByRole('tooltip', { name: /^Employers with a done contact, an opportunity opened/ });
    await expect(definition).toBeVisible();
    await page.mouse.move(640, 10);
    await expect(definition).toHaveCount(0);
    await engaged.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(engaged).toBeFocused();
    await expect(definition).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: 'How these figures are counted' })).toContainText(
      'Job starts in the period:',
    );
    const relational = expected.depthAtEnd.relational;
    await expect(
      page
        .getByText(`${relational.count.toLocaleString('en-GB')} of ${relational.of.toLocaleString('en-GB')} assessed`, {
          exact: false,
        })
        .first(),
    ).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'Depth of engagement' })
        .getByText(/\d+ of \d+ assessed \(\d+%\)/)
        .first(),
    ).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'Referrals and outcomes' })
        .getByRole('row', { name: /^Started a job [\d,]+ [\d,]+ of [\d,]+ \(\d+%\) referred/ }),
    ).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('combobox', { name: 'Programme' }).click();
    await page.getByRole('option', { name: 'Working Futures' }).click();
    await expect(page.getByText(/ · Working Futures$/)).toBeVisible();

    const to = page.getByRole('textbox', { name: 'To' });
    await to.fill(dayjs().subtract(2, 'year').format('D MMM YYYY'));
    await to.blur();
    await expect(to).toHaveAccessibleDescription('The last day must be on or after the first day');
  });
});

test.describe('targets and closed periods', () => {
  test.use({ demoData: 'small' });

  test('a programme’s targets sit beside its outcomes, and a closed period can include outcomes recorded since', async ({
    page,
  }) => {
    await page.getByRole('link', { name: 'Programmes' }).click();
    await page.getByRole('button', { name: 'Change Working Futures' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change a programme' });
    await dialog.getByRole('textbox', { name: 'Referred' }).fill('9000');
    await dialog.getByRole('button', { name: 'Save programme' }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole('link', { name: 'Reports', exact: true }).click();
    await page.getByRole('combobox', { name: 'Programme' }).click();
    await page.getByRole('option', { name: 'Working Futures' }).click();
    const targets = page.getByRole('region', { name: 'Progress to targets' });
    await expect(targets.getByRole('row', { name: /^Referred 9,000 / })).toBeVisible();
    await expect(targets.getByRole('row', { name: /^Started a job 200 / })).toBeVisible();
    await expect(page.getByText(/^Outcomes as they stood on /).first()).toBeVisible();

    const lastDay = dayjs().subtract(1, 'month');
    const to = page.getByRole('textbox', { name: 'To' });
    await to.fill(lastDay.format('D MMM YYYY'));
    await to.blur();
    await expect(
      page.getByText(`Outcomes as they stood on ${lastDay.format('D MMM YYYY')}, the last day of the period.`).first(),
    ).toBeVisible();
    await page
      .getByRole('checkbox', { name: `Include outcomes recorded since ${lastDay.format('D MMM YYYY')}` })
      .check();
    await expect(
      page
        .getByText(`Outcomes include those reached after the period ended, up to ${dayjs().format('D MMM YYYY')}.`)
        .first(),
    ).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('exporting', () => {
  test.use({ demoData: 'small' });

  test('the funder report is exported as Excel, and as a PDF with a case study added', async ({ page, app }) => {
    const [employer] = (await call(app.backend, 'employers.list', { limit: 1 })).rows;
    const today = new Date().toISOString().slice(0, 10);
    await call(app.backend, 'caseStudies.draft', {
      employerId: employer!.id,
      from: `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`,
      to: today,
      title: 'A year with a local employer',
    });
    await page.getByRole('link', { name: 'Reports', exact: true }).click();
    await page.getByRole('button', { name: 'Export report' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the funder report' });
    await dialog.getByRole('radio', { name: 'Excel' }).check();
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByText(/Saved Employer engagement, .*\.xlsx/)).toBeVisible();
    await dialog.getByRole('button', { name: 'Done' }).click();

    await page.getByRole('button', { name: 'Export report' }).click();
    await dialog.getByLabel('Case studies to add (optional)').click();
    await page.getByRole('option', { name: 'A year with a local employer (anonymised)' }).click();
    await dialog.getByRole('radio', { name: 'PDF' }).check();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByText('Your file is ready')).toBeVisible();
    await dialog.getByRole('button', { name: 'Open file' }).click();
    await expect.poll(() => app.openedFiles.at(-1)).toMatch(/Employer engagement, .*\.pdf$/);
  });
});
