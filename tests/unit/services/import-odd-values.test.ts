// Every row that can make a record comes in: a value that does not fit is left out, kept in the
// notes and said; only a row that cannot make a record at all stays out.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Backend } from '../../../electron/backend';
import type { ImportTarget } from '../../../shared/imports/fields';
import { call, test } from '../../support/temp-backend';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/imports');

async function importFixture(backend: Backend, name: string, target: ImportTarget) {
  const file = { name, contentBase64: fs.readFileSync(path.join(fixtures, name)).toString('base64') };
  const preview = await call(backend, 'imports.preview', { target, file });
  const summary = await call(backend, 'imports.commit', {
    target,
    importId: preview.importId,
    mapping: preview.mapping,
  });
  return { preview, summary };
}

test('a Google Sheets list with a Danish postcode, a sector not on the list and an extension', async ({ backend }) => {
  const { preview, summary } = await importFixture(backend, 'google-sheets-odd-values.csv', 'employers');
  expect(preview.mapping[4]).toBe('employerPhone');
  expect(preview.guessedBecause[4]).toBe('Nobody is named in this list, so it is the employer’s own.');
  expect(preview.changed).toEqual([
    { row: 2, message: 'Post code: Enter a full UK postcode, like M1 1AE. It is kept in the notes.' },
    {
      row: 3,
      message: 'Sector: “Care” is not on your list, so it is stored as Health and social care.',
    },
    { row: 4, message: 'Post code: Enter a full UK postcode, like M1 1AE. It is kept in the notes.' },
  ]);
  expect(preview.problems).toEqual([{ row: 5, message: expect.stringMatching(/^Company: /) }]);
  expect(summary).toMatchObject({ created: { employers: 3 }, changed: 3, rejected: 1 });

  const byName = async (name: string) => {
    const [row] = (await call(backend, 'employers.list', { query: name })).rows;
    return call(backend, 'employers.get', { id: row!.id });
  };
  const danish = await byName('Nørrebro');
  expect(danish).toMatchObject({ postcode: null, phone: '+45 33 12 34 56', locality: 'Copenhagen' });
  expect(danish.notes).toBe('Danish partner of the Salford bakery\nPost code: 1620');
  const care = await byName('Greenfield');
  expect(care).toMatchObject({ sector: 'health_care', phone: '0161 496 0000 ext. 12' });
  expect(care.notes).toBe('Three homes in the city');
  expect(preview.unlisted).toEqual([
    {
      field: 'sector',
      column: 'Sector',
      list: 'sector',
      value: 'Care',
      rows: 1,
      suggestion: 'health_care',
      storedAs: 'health_care',
    },
  ]);
});

test('a value not on a list can be left empty instead of its best match, and is kept in the notes', async ({
  backend,
}) => {
  const file = {
    name: 'list.csv',
    contentBase64: Buffer.from('Company,Sector\r\nGreenfield Care Homes,Care\r\nAshworth Print,Printing\r\n').toString(
      'base64',
    ),
  };
  const first = await call(backend, 'imports.preview', { target: 'employers', file });
  expect(first.unlisted.map((entry) => [entry.value, entry.storedAs])).toEqual([
    ['Care', 'health_care'],
    ['Printing', null],
  ]);
  const choices = {
    target: 'employers' as const,
    importId: first.importId,
    values: { sector: { Care: '', Printing: 'manufacturing' } },
  };
  const second = await call(backend, 'imports.preview', choices);
  expect(second.unlisted.map((entry) => [entry.value, entry.storedAs])).toEqual([
    ['Care', null],
    ['Printing', 'manufacturing'],
  ]);
  await call(backend, 'imports.commit', { ...choices, mapping: second.mapping });
  const { rows } = await call(backend, 'employers.list', { sort: { column: 'name', direction: 'asc' } });
  expect(rows.map((row) => [row.name, row.sector])).toEqual([
    ['Ashworth Print', 'manufacturing'],
    ['Greenfield Care Homes', null],
  ]);
  const greenfield = await call(backend, 'employers.get', { id: rows[1]!.id });
  expect(greenfield.notes).toBe('Sector: Care');
});

test('Google Contacts: a card with a tel: URI and an extension keeps its person, employer, title and email', async ({
  backend,
}) => {
  const { preview, summary } = await importFixture(backend, 'google-contacts.vcf', 'people');
  expect(preview.problems).toEqual([]);
  expect(summary.created).toMatchObject({ people: 2, employers: 2 });
  const [marie] = (await call(backend, 'people.list', { query: 'Tremblay' })).rows;
  const person = await call(backend, 'people.get', { id: marie!.id });
  expect(person).toMatchObject({ phone: '+1 418 656 9254 ext. 102', email: 'marie.tremblay@ulaval.example' });
  expect(person.affiliations.map((role) => [role.employerName, role.roleTitle])).toEqual([
    ['Université Laval', 'Coordinatrice des stages'],
  ]);
});

test('Outlook’s vCard 2.1: quoted-printable names and notes read as written, every phone and email kept', async ({
  backend,
}) => {
  const { preview, summary } = await importFixture(backend, 'outlook-contacts.vcf', 'people');
  expect(preview.problems).toEqual([]);
  expect(preview.changed).toEqual([]);
  expect(summary.created).toMatchObject({ people: 2, employers: 2 });
  const [siobhan] = (await call(backend, 'people.list', { query: 'Siobhán' })).rows;
  expect(await call(backend, 'people.get', { id: siobhan!.id })).toMatchObject({
    name: 'Siobhán O’Neill',
    email: 'siobhan@harbourkitchens.example',
    otherEmails: ['s.oneill@home.example'],
    phone: '0161 496 0123',
    otherPhones: ['07700 900456'],
    notes: 'Met at the Salford jobs fair – keen on apprentices.\nAsk about the café rota.',
    affiliations: [expect.objectContaining({ employerName: 'Harbour Kitchens Ltd', roleTitle: 'Head Chef' })],
  });
  const [tom] = (await call(backend, 'people.list', { query: 'Tom Baxter' })).rows;
  expect((await call(backend, 'people.get', { id: tom!.id })).phone).toBe('0161 496 0999');
});

test('a LibreOffice workbook’s date cells come in as their days, each a contact before Bridgework', async ({
  backend,
}) => {
  const { preview, summary } = await importFixture(backend, 'libreoffice-date-cells.xlsx', 'employers');
  expect(preview.mapping.slice(0, 5)).toEqual(['employerName', 'sector', 'locality', 'personName', 'lastContact']);
  expect(preview.problems).toEqual([]);
  expect(summary.created).toMatchObject({ employers: 3, people: 3, interactions: 3 });
  const days = [];
  for (const name of ['Harbour Kitchens', 'Bolt Café', 'Nørrebro Bageri']) {
    const [employer] = (await call(backend, 'employers.list', { query: name })).rows;
    days.push([
      employer!.name,
      (await call(backend, 'employers.get', { id: employer!.id })).lastContactAt?.slice(0, 10),
    ]);
  }
  expect(days).toEqual([
    ['Harbour Kitchens Ltd', '2025-10-14'],
    ['Bolt Café', '2026-02-03'],
    ['Nørrebro Bageri ApS', '2025-11-28'],
  ]);
});

test('a list’s “Last contact” becomes a done contact on that day, with the person there; a date it cannot read is kept', async ({
  backend,
}) => {
  const { preview, summary } = await importFixture(backend, 'excel-last-contact.csv', 'employers');
  expect(preview.mapping).toEqual(['employerName', 'sector', 'personName', 'lastContact', 'notes']);
  // Each guess says why, on the column step.
  expect(preview.guessedBecause).toEqual([
    'Guessed from its header, “Organisation”.',
    'Guessed from its header, “Sector”.',
    'Guessed from “contact” in its header.',
    'Guessed from its header, “Last contact”.',
    'Guessed from its header, “Comments”.',
  ]);
  expect(preview.changed).toEqual([
    {
      row: 3,
      message:
        'Last contact: “31/13/2025” is not a date Bridgework can read, so no contact is recorded and the date is kept in the notes.',
    },
  ]);
  expect(summary.created).toEqual({ employers: 3, people: 2, interactions: 2 });
  const employer = async (name: string) => {
    const [row] = (await call(backend, 'employers.list', { query: name })).rows;
    return call(backend, 'employers.get', { id: row!.id });
  };
  const harbour = await employer('Harbour Kitchen');
  const timeline = await call(backend, 'timeline.forEmployer', { employerId: harbour.id });
  const contact = timeline.items.find((item) => item.type === 'interaction');
  // Midday on that day, on this computer's clock.
  expect(contact).toMatchObject({ at: new Date('2025-09-22T12:00:00').toISOString() });
  expect(JSON.stringify(contact)).toContain('Nia Campbell');
  expect((await employer('Castlefield')).lastContactAt).toBe(new Date('2026-03-03T14:30:00').toISOString());
  expect((await employer('Penny Lane')).notes).toBe('Last contact: 31/13/2025');
});

test('contact cards are known by their names; a person already known has their gaps filled in, their notes added to', async ({
  backend,
}) => {
  const existing = await call(backend, 'people.create', { name: 'Tom Baxter', notes: 'Met at the Bolton fair' });
  const cards = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    'FN:Tom Baxter',
    'TEL;TYPE=CELL:07700 900456',
    'NOTE:Now runs the Wigan site',
    'END:VCARD',
    'BEGIN:VCARD',
    'VERSION:3.0',
    'FN:Priya Shah',
    'EMAIL:priya@@example',
    'END:VCARD',
    'BEGIN:VCARD',
    'VERSION:3.0',
    'ORG:Nobody Named Ltd',
    'END:VCARD',
  ].join('\r\n');
  const file = { name: 'contacts.vcf', contentBase64: Buffer.from(cards).toString('base64') };
  const preview = await call(backend, 'imports.preview', { target: 'people', file });
  expect(preview.matches).toEqual([
    expect.objectContaining({
      row: 1,
      label: 'Tom Baxter',
      action: 'fill',
      existing: expect.objectContaining({ id: existing.id }),
    }),
  ]);
  expect(preview.changed).toEqual([
    {
      row: 2,
      label: 'Priya Shah',
      message: 'Email: Enter an email address like name@example.co.uk. It is kept in the notes.',
    },
  ]);
  expect(preview.problems).toEqual([{ row: 3, label: 'Card 3', message: expect.stringMatching(/^Name/) }]);

  await call(backend, 'imports.commit', { target: 'people', importId: preview.importId, mapping: preview.mapping });
  expect(await call(backend, 'people.get', { id: existing.id })).toMatchObject({
    name: 'Tom Baxter',
    phone: '07700 900456',
    notes: 'Met at the Bolton fair\n\nNow runs the Wigan site',
  });
});

test('the same employer on two rows becomes one record: notes joined, a differing value kept in the notes, and said', async ({
  backend,
}) => {
  const { preview, summary } = await importFixture(backend, 'excel-same-employer-twice.csv', 'employers');
  expect(preview.sameInFile).toEqual([
    {
      name: 'GREGGS PLC',
      rows: [2, 4],
      conflicts: [
        {
          field: 'sizeBand',
          column: 'Staff',
          values: [
            { row: 2, shown: 'Large (250 or more staff)' },
            { row: 4, shown: 'Small (10 to 49 staff)' },
          ],
          keptRow: 2,
        },
      ],
    },
    { name: 'Bolt Cafe', rows: [3, 5], conflicts: [] },
  ]);
  expect(preview.changed).toEqual([
    {
      row: 4,
      message:
        'The same employer as row 2, so the two make one record; where its Staff differs, the value you keep is stored and the other kept in the notes.',
    },
    { row: 5, message: 'The same employer as row 3, so the two make one record.' },
  ]);
  expect(summary.created.employers).toBe(2);
  const [greggs] = (await call(backend, 'employers.list', { query: 'Greggs' })).rows;
  const record = await call(backend, 'employers.get', { id: greggs!.id });
  expect(record).toMatchObject({ name: 'GREGGS PLC', sizeBand: 'large' });
  expect(record.notes).toBe(
    'Head office contact is in Newcastle\nThe Eccles shop takes two trainees a year\nStaff (row 4): Small (10 to 49 staff)',
  );
  const [bolt] = (await call(backend, 'employers.list', { query: 'Bolt' })).rows;
  expect((await call(backend, 'employers.get', { id: bolt!.id })).notes).toBe('Ask for Ann');
});

test('where rows of one employer differ, the value chosen is kept and the other goes in the notes', async ({
  backend,
}) => {
  const name = 'excel-same-employer-twice.csv';
  const file = { name, contentBase64: fs.readFileSync(path.join(fixtures, name)).toString('base64') };
  const first = await call(backend, 'imports.preview', { target: 'employers', file });
  const keep = { '2': { sizeBand: 4 } };
  const preview = await call(backend, 'imports.preview', { target: 'employers', importId: first.importId, keep });
  expect(preview.sameInFile[0]!.conflicts[0]!.keptRow).toBe(4);
  await call(backend, 'imports.commit', {
    target: 'employers',
    importId: first.importId,
    mapping: preview.mapping,
    keep,
  });
  const [greggs] = (await call(backend, 'employers.list', { query: 'Greggs' })).rows;
  expect(await call(backend, 'employers.get', { id: greggs!.id })).toMatchObject({
    sizeBand: 'small',
    notes:
      'Head office contact is in Newcastle\nThe Eccles shop takes two trainees a year\nStaff (row 2): Large (250 or more staff)',
  });
});

test('an address abroad keeps its postcode and country in the address; a UK one is checked as one', async ({
  backend,
}) => {
  const { preview } = await importFixture(backend, 'excel-addresses-abroad.csv', 'employers');
  expect(preview.mapping).toEqual(['employerName', 'address', 'postcode', 'country']);
  expect(preview.changed).toEqual([]);
  const employers = await Promise.all(
    (await call(backend, 'employers.list', { sort: { column: 'name', direction: 'asc' } })).rows.map((row) =>
      call(backend, 'employers.get', { id: row.id }),
    ),
  );
  expect(employers.map((e) => [e.name, e.address, e.postcode])).toEqual([
    ['Harbour Kitchen', '1 Quay Street', 'M3 3JE'],
    ['Liffey Catering', '12 Grand Canal Dock, D02 X285, Ireland', null],
    ['Nørrebro Bageri ApS', 'Nørrebrogade 12, 2200, Denmark', null],
  ]);
});
