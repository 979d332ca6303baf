import { call, expect, expectAccessible, reopenAt, test } from './fixtures';

test('merging two employers from Possible duplicates, choosing which values stay, then undoing it', async ({
  page,
  app,
}) => {
  const kept = await call(app.backend, 'employers.create', {
    name: 'Greggs plc',
    phone: '0191 281 7721',
    postcode: 'NE15 8NY',
  });
  const twin = await call(app.backend, 'employers.create', {
    name: 'GREGGS PLC',
    phone: '0191 281 0000',
    website: 'www.greggs.co.uk',
  });
  await call(app.backend, 'employers.create', { name: 'Northern Rail' });
  for (const [employer, summary] of [
    [kept, 'Called about the Christmas rota'],
    [twin, 'Visited the Newcastle bakery'],
    [twin, 'Planned the work trial'],
  ] as const) {
    await call(app.backend, 'interactions.create', {
      employerId: employer.id,
      kind: 'call',
      status: 'done',
      occurredAt: '2026-11-02T10:00:00.000Z',
      summary,
    });
  }

  await reopenAt(page, '/employers');
  await page.getByRole('link', { name: 'Find duplicates' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Possible duplicates' })).toBeVisible();
  const pair = page.getByRole('region', { name: 'Greggs plc and GREGGS PLC' });
  await expect(pair.getByText('The same name once “Ltd”, capitals and punctuation are set aside')).toBeVisible();
  await expect(pair.getByText('0191 281 0000 · www.greggs.co.uk · 2 contacts')).toBeVisible();
  await expectAccessible(page);

  await pair.getByRole('button', { name: 'Merge…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge two employers' });
  const keep = dialog.getByRole('radiogroup', { name: 'Which employer do you want to keep?' });
  // The one with more history is offered first.
  await expect(keep.getByRole('radio', { name: 'GREGGS PLC', exact: true })).toBeChecked();
  await keep.getByRole('radio', { name: 'Greggs plc', exact: true }).check();
  const names = dialog.getByRole('radiogroup', { name: 'Name: which do you want to keep?' });
  await expect(names.getByRole('radio', { name: 'Greggs plc', exact: true })).toBeChecked();
  await dialog
    .getByRole('radiogroup', { name: 'Phone: which do you want to keep?' })
    .getByRole('radio', { name: '0191 281 0000' })
    .check();
  await expect(dialog.getByText('Also kept from GREGGS PLC: website www.greggs.co.uk.')).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Merge employers' }).click();

  await expect(page.getByText('Merged GREGGS PLC into Greggs plc.', { exact: false })).toBeVisible();
  await expect(page.getByText('No two employers look like the same one.', { exact: false })).toBeVisible();
  const merged = await call(app.backend, 'employers.get', { id: kept.id });
  expect(merged).toMatchObject({ name: 'Greggs plc', phone: '0191 281 0000', website: 'www.greggs.co.uk' });
  const timeline = await call(app.backend, 'timeline.forEmployer', { employerId: kept.id, limit: 10 });
  expect(timeline.items.filter((item) => item.type === 'interaction')).toHaveLength(3);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Undone: Merged GREGGS PLC into Greggs plc.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Greggs plc and GREGGS PLC' })).toBeVisible();
  expect(await call(app.backend, 'employers.get', { id: kept.id })).toMatchObject({
    phone: '0191 281 7721',
    website: null,
  });
});

test('a pair marked not the same is not offered again, and people have their own list', async ({ page, app }) => {
  const employer = await call(app.backend, 'employers.create', { name: 'Harbour Kitchens' });
  await call(app.backend, 'people.create', { name: 'Sam Patel', employerId: employer.id });
  await call(app.backend, 'people.create', { name: 'sam patel', employerId: employer.id });

  await reopenAt(page, '/people');
  await page.getByRole('link', { name: 'Find duplicates' }).click();
  const pair = page.getByRole('region', { name: 'Sam Patel and sam patel' });
  await expect(pair.getByText('Both work at Harbour Kitchens')).toBeVisible();
  await expectAccessible(page);
  await pair.getByRole('button', { name: 'Not the same' }).click();
  await expect(page.getByText('will not be shown as possible duplicates again', { exact: false })).toBeVisible();
  await expect(page.getByText('No two people look like the same one.', { exact: false })).toBeVisible();
});

test('a person keeps more than one phone number and email address, each checked', async ({ page, app }) => {
  const ann = await call(app.backend, 'people.create', { name: 'Ann Lee', phone: '0161 496 0001' });
  await reopenAt(page, `/people/${ann.id}`);
  await page.getByRole('button', { name: 'Edit details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Ann Lee' });
  await dialog.getByRole('textbox', { name: 'Other phone numbers' }).fill('07700 900111\n0161 496 0002');
  await dialog.getByRole('textbox', { name: 'Other email addresses' }).fill('ann@bolt.example\nann at home');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Other email addresses' })).toHaveAccessibleDescription(
    /“ann at home” is not an email address/,
  );
  await dialog.getByRole('textbox', { name: 'Other email addresses' }).fill('ann@bolt.example\nann@home.example');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('also 07700 900111')).toBeVisible();
  await expect(page.getByText('also ann@home.example')).toBeVisible();
  await expectAccessible(page);
});
