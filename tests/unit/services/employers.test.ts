import SQLite from 'better-sqlite3-multiple-ciphers';
import path from 'node:path';
import { describe, expect } from 'vitest';
import { databaseFileName } from '../../../electron/db/open';
import { call, test } from '../../support/temp-backend';

const full = {
  name: 'Hargreaves Logistics Ltd',
  sector: 'logistics',
  sizeBand: 'medium',
  ownership: 'private',
  locality: 'Salford',
  isBranchOfNational: true,
  localRecruitmentDiscretion: false,
  livingWageEmployer: true,
  collectiveAgreement: null,
  website: 'www.hargreaves-logistics.co.uk',
  phone: '0161 496 0123',
  email: 'jobs@hargreaves-logistics.co.uk',
  address: '12 Dock Road\nSalford',
  postcode: 'm50 2ab',
  approach: 'job_fair',
  phase: 'establishing',
  accountOwner: 'Priya Shah',
  notes: 'Met at the **Salford** jobs fair.',
};

function changeLog(dataDir: string) {
  const db = new SQLite(path.join(dataDir, databaseFileName), { readonly: true });
  const rows = db
    .prepare('select procedure, entity, entity_id, action, before, after from change_log order by seq')
    .all();
  db.close();
  return rows as {
    procedure: string;
    entity: string;
    entity_id: string;
    action: string;
    before: string | null;
    after: string | null;
  }[];
}

describe('adding an employer', () => {
  test('keeps every attribute and tidies the postcode', async ({ backend }) => {
    const created = await call(backend, 'employers.create', full);
    expect(created).toMatchObject({ ...full, postcode: 'M50 2AB', deletedAt: null, depth: null });
    expect(created.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await call(backend, 'employers.get', { id: created.id })).toEqual(created);
  });

  test('needs only a name, and starts in the preparing phase', async ({ backend }) => {
    const created = await call(backend, 'employers.create', { name: 'Rochdale Bakery' });
    expect(created).toMatchObject({
      name: 'Rochdale Bakery',
      phase: 'preparing',
      isBranchOfNational: false,
      sector: null,
    });
  });

  test('records the addition as one change, with the row it added', async ({ backend, dataDir }) => {
    const created = await call(backend, 'employers.create', { name: 'Rochdale Bakery' });
    const log = changeLog(dataDir);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      procedure: 'employers.create',
      entity: 'employer',
      entity_id: created.id,
      action: 'insert',
      before: null,
    });
    expect(JSON.parse(log[0]!.after!)).toMatchObject({ name: 'Rochdale Bakery', phase: 'preparing' });
    expect((await call(backend, 'changes.list')).changes.map((change) => change.sentence)).toEqual([
      'Added Rochdale Bakery',
    ]);
  });

  test.for([
    [{ name: '' }, 'name', "Enter the employer's name"],
    [{ name: '   ' }, 'name', "Enter the employer's name"],
    [{ name: 'x'.repeat(300) }, 'name', 'Employer name must be 200 characters or fewer'],
    [{ name: 'Acme', email: 'jobs-at-acme' }, 'email', 'Enter an email address like name@example.co.uk'],
    [{ name: 'Acme', website: 'not a website' }, 'website', 'Enter a website address like www.example.co.uk'],
    [{ name: 'Acme', postcode: '12345' }, 'postcode', 'Enter a full UK postcode, like M1 1AE'],
    [
      { name: 'Acme', phone: 'call reception' },
      'phone',
      'Enter a phone number using digits and spaces, like 0161 496 0000 (an extension as ext. 12)',
    ],
    [{ name: 'Acme', sector: 'space_mining' }, 'sector', 'Choose a sector from the list'],
    [{ name: 'Acme', phase: 'courting' }, 'phase', 'Choose a relationship phase from the list'],
    [{ name: 'Acme', sizeBand: 'huge' }, 'sizeBand', 'Choose a size from the list'],
  ] as const)(
    'rejects %j with a message on the %s field and saves nothing',
    async ([input, field, message], { backend, dataDir }) => {
      const result = await backend.invoke('employers.create', input as never);
      expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid_input', field, message }) });
      expect((await call(backend, 'employers.list', {})).total).toBe(0);
      expect(changeLog(dataDir)).toHaveLength(0);
    },
  );

  test('reports every bad field at once', async ({ backend }) => {
    const result = await backend.invoke('employers.create', { name: '', email: 'nope', website: 'nope' });
    expect(!result.ok && Object.keys(result.error.fieldErrors ?? {})).toEqual(['name', 'website', 'email']);
  });
});

describe('editing an employer', () => {
  test('changes only the fields given and logs before and after', async ({ backend, dataDir }) => {
    const created = await call(backend, 'employers.create', full);
    const updated = await call(backend, 'employers.update', { id: created.id, accountOwner: 'Jo', website: '' });
    expect(updated).toMatchObject({ ...full, postcode: 'M50 2AB', accountOwner: 'Jo', website: null });
    const last = changeLog(dataDir).at(-1)!;
    expect(last.action).toBe('update');
    expect(JSON.parse(last.before!).website).toBe(full.website);
    expect(JSON.parse(last.after!)).toMatchObject({ website: null, account_owner: 'Jo' });
  });

  test('sends a phase change to Move phase, so every move is dated and kept', async ({ backend }) => {
    const created = await call(backend, 'employers.create', full);
    const result = await backend.invoke('employers.update', { id: created.id, phase: 'maintaining' });
    expect(!result.ok && result.error.fieldErrors).toEqual({ phase: expect.stringContaining('Move phase') });
    expect(await call(backend, 'employers.update', { id: created.id, phase: 'establishing' })).toMatchObject({
      phase: 'establishing',
    });
  });

  test('refuses bad input and keeps what was saved', async ({ backend }) => {
    const created = await call(backend, 'employers.create', full);
    const result = await backend.invoke('employers.update', { id: created.id, name: '', email: 'broken' });
    expect(result.ok).toBe(false);
    expect(await call(backend, 'employers.get', { id: created.id })).toEqual(created);
  });

  test('refuses to overwrite a newer version with an older one', async ({ backend }) => {
    const created = await call(backend, 'employers.create', { name: 'Bolton Print' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await call(backend, 'employers.update', { id: created.id, locality: 'Bolton' });
    const stale = await backend.invoke('employers.update', {
      id: created.id,
      expectedUpdatedAt: created.updatedAt,
      locality: 'Bury',
    });
    expect(stale).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'conflict', message: expect.stringContaining('Bolton Print') }),
    });
    expect((await call(backend, 'employers.get', { id: created.id })).locality).toBe('Bolton');
  });

  test('says plainly when the employer does not exist', async ({ backend }) => {
    const result = await backend.invoke('employers.update', {
      id: '019a0000-0000-7000-8000-000000000000',
      name: 'Ghost',
    });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'not_found' }) });
  });
});

describe('archiving and restoring', () => {
  test('moves an employer to Trash and back, logging both', async ({ backend, dataDir }) => {
    const kept = await call(backend, 'employers.create', { name: 'Wigan Joinery' });
    const binned = await call(backend, 'employers.create', { name: 'Oldham Roofing' });
    const archived = await call(backend, 'employers.archive', { id: binned.id });
    expect(archived.deletedAt).not.toBeNull();
    expect((await call(backend, 'employers.list', {})).rows.map((r) => r.id)).toEqual([binned.id, kept.id].slice(1));
    expect((await call(backend, 'employers.list', { archived: true })).rows.map((r) => r.name)).toEqual([
      'Oldham Roofing',
    ]);

    const restored = await call(backend, 'employers.restore', { id: binned.id });
    expect(restored.deletedAt).toBeNull();
    expect((await call(backend, 'employers.list', {})).total).toBe(2);
    expect(changeLog(dataDir).map((row) => row.action)).toEqual(['insert', 'insert', 'update', 'update']);
    expect((await call(backend, 'changes.list')).changes.map((change) => change.sentence).slice(0, 2)).toEqual([
      'Restored Oldham Roofing from Trash',
      'Moved Oldham Roofing to Trash',
    ]);
  });

  test('archiving twice changes nothing the second time', async ({ backend, dataDir }) => {
    const created = await call(backend, 'employers.create', { name: 'Bury Laundry' });
    const first = await call(backend, 'employers.archive', { id: created.id });
    const second = await call(backend, 'employers.archive', { id: created.id });
    expect(second).toEqual(first);
    expect(changeLog(dataDir)).toHaveLength(2);
  });
});

describe('finding similar employers', () => {
  test('matches "ACME Limited" to "Acme Ltd", including ones in Trash, but not the one being edited', async ({
    backend,
  }) => {
    const acme = await call(backend, 'employers.create', { name: 'Acme Ltd', locality: 'Bolton' });
    const binned = await call(backend, 'employers.create', { name: 'The Acme Company' });
    await call(backend, 'employers.archive', { id: binned.id });
    await call(backend, 'employers.create', { name: 'Acme Logistics' });

    const similar = await call(backend, 'employers.findSimilar', { name: 'ACME Limited' });
    expect(similar.map((s) => [s.name, s.deletedAt === null])).toEqual([
      ['Acme Ltd', true],
      ['The Acme Company', false],
    ]);
    const whileEditing = await call(backend, 'employers.findSimilar', { name: 'Acme Ltd', excludeId: acme.id });
    expect(whileEditing.map((s) => s.name)).toEqual(['The Acme Company']);
    expect(await call(backend, 'employers.findSimilar', { name: '  ' })).toEqual([]);
  });
});

describe('the employer list', () => {
  async function seed(backend: Parameters<typeof call>[0]) {
    const rows = [
      { name: 'beta Bakery', phase: 'maintaining', sector: 'hospitality', sizeBand: 'small', locality: 'Bury' },
      { name: 'Alpha Care', phase: 'preparing', sector: 'health_care', sizeBand: 'large', locality: 'Salford' },
      { name: 'Gamma Builders', phase: 'developing', sector: 'construction', sizeBand: 'micro', locality: 'Bury' },
      { name: 'Delta 100% Digital', phase: 'maintaining', sector: 'digital', sizeBand: 'medium', locality: 'Wigan' },
    ];
    for (const row of rows) await call(backend, 'employers.create', row);
  }

  test('sorts by name regardless of case, and in the natural order of phases and sizes', async ({ backend }) => {
    await seed(backend);
    const names = async (sort: { column: 'name' | 'phase' | 'sizeBand'; direction: 'asc' | 'desc' }) =>
      (await call(backend, 'employers.list', { sort })).rows.map((r) => r.name);
    expect(await names({ column: 'name', direction: 'asc' })).toEqual([
      'Alpha Care',
      'beta Bakery',
      'Delta 100% Digital',
      'Gamma Builders',
    ]);
    expect(await names({ column: 'phase', direction: 'asc' })).toEqual([
      'Alpha Care',
      'beta Bakery',
      'Delta 100% Digital',
      'Gamma Builders',
    ]);
    expect(await names({ column: 'sizeBand', direction: 'desc' })).toEqual([
      'Alpha Care',
      'Delta 100% Digital',
      'beta Bakery',
      'Gamma Builders',
    ]);
  });

  test('filters by phase, sector, size, area and part of the name, together', async ({ backend }) => {
    await seed(backend);
    const list = (input: object) => call(backend, 'employers.list', input).then((page) => page.rows.map((r) => r.name));
    expect(await list({ phase: ['maintaining'] })).toEqual(['beta Bakery', 'Delta 100% Digital']);
    expect(await list({ locality: ['Bury'], sizeBand: ['micro', 'small'] })).toEqual(['beta Bakery', 'Gamma Builders']);
    expect(await list({ sector: ['digital', 'hospitality'], phase: ['maintaining'] })).toEqual([
      'beta Bakery',
      'Delta 100% Digital',
    ]);
    expect(await list({ query: 'BUILD' })).toEqual(['Gamma Builders']);
    expect(await list({ query: '100%' })).toEqual(['Delta 100% Digital']);
    expect(await list({ query: '%' })).toEqual(['Delta 100% Digital']);
    expect(await list({ query: '_' })).toEqual([]);
  });

  test('pages through the list with the total of all matches', async ({ backend }) => {
    await seed(backend);
    const page = await call(backend, 'employers.list', { offset: 1, limit: 2 });
    expect(page).toMatchObject({ total: 4 });
    expect(page.rows.map((r) => r.name)).toEqual(['beta Bakery', 'Delta 100% Digital']);
  });

  test('lists the areas in use, for the filter', async ({ backend }) => {
    await seed(backend);
    expect(await call(backend, 'employers.localities')).toEqual(['Bury', 'Salford', 'Wigan']);
  });
});
