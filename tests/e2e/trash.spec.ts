import { appUrl, call, expect, expectAccessible, test } from './fixtures';

test('Trash holds every kind of record: restore one, delete one for good, then empty it', async ({ page, app }) => {
  const acme = await call(app.backend, 'employers.create', { name: 'Acme Ltd' });
  const bolt = await call(app.backend, 'employers.create', { name: 'Bolt Cafe' });
  const contact = await call(app.backend, 'interactions.create', {
    employerId: acme.id,
    kind: 'call',
    status: 'done',
    occurredAt: '2026-11-20T10:00:00.000Z',
    summary: 'Called about trial shifts',
  });
  const study = await call(app.backend, 'caseStudies.draft', {
    employerId: acme.id,
    from: '2026-01-01',
    to: '2026-11-30',
  });
  await call(app.backend, 'interactions.archive', { id: contact.id });
  await call(app.backend, 'employers.archive', { id: bolt.id });

  await page.goto(`${appUrl}#/case-studies/${study.id}`);
  await page.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(page.getByText(`Moved ${study.title} to Trash.`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Case studies', level: 1 })).toBeVisible();

  await page.getByRole('link', { name: 'Trash', exact: true }).click();
  const table = page.getByRole('table', { name: 'Items in Trash, most recently moved first' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row').nth(1)).toContainText(`${study.title}Case studyAcme Ltd`);
  await expectAccessible(page);

  await page.getByRole('button', { name: `Restore ${study.title}` }).click();
  await expect(page.getByText(`Restored ${study.title}.`)).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(3);

  await page.getByRole('button', { name: 'Delete Called about trial shifts for good' }).click();
  const ask = page.getByRole('dialog', { name: 'Delete for good?' });
  await expect(ask).toContainText('Called about trial shifts will be deleted. This cannot be undone.');
  await expectAccessible(page);
  await ask.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByText('Deleted 1 item for good.')).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(2);

  await page.getByRole('button', { name: 'Empty Trash' }).click();
  const empty = page.getByRole('dialog', { name: 'Empty Trash?' });
  await expect(empty).toContainText('Everything in Trash (1 item) will be deleted for good');
  await empty.getByRole('button', { name: 'Empty Trash' }).click();
  await expect(page.getByText('Trash is empty.')).toBeVisible();
  expect((await call(app.backend, 'employers.list', {})).rows.map((e) => e.name)).toEqual(['Acme Ltd']);
  expect((await call(app.backend, 'caseStudies.list')).map((c) => c.id)).toEqual([study.id]);
});
