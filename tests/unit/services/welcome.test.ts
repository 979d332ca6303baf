import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { describe, expect } from 'vitest';
import { databaseFileName } from '../../../electron/db/open';
import { documentToHtml } from '../../../shared/documents/html';
import { documentToMarkdown } from '../../../shared/documents/markdown';
import { brandOf } from '../../../shared/settings/schema';
import { call, test } from '../../support/temp-backend';

const count = (file: string, table: string) => {
  const db = new SQLite(file, { readonly: true });
  try {
    return db.prepare(`select count(*) from ${table}`).pluck().get() as number;
  } finally {
    db.close();
  }
};

describe('the welcome a new user sees once', () => {
  test('a new, empty record is a first run until the welcome is finished; a record in use never is', async ({
    backend,
  }) => {
    expect((await call(backend, 'app.info')).firstRun).toBe(true);
    await call(backend, 'settings.update', { charity: { name: 'Northside Works' }, yourName: '  Sam Patel ' });
    expect(await call(backend, 'app.finishWelcome', { start: 'empty' })).toEqual({ sampleData: null });
    expect((await call(backend, 'app.info')).firstRun).toBe(false);
    const settings = await call(backend, 'settings.get');
    expect(settings).toMatchObject({ yourName: 'Sam Patel', charity: { name: 'Northside Works' }, sampleData: false });
    expect(await backend.invoke('app.finishWelcome', { start: 'somewhere' as never })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  test('an upgraded record with employers in it skips the welcome', async ({ backend }) => {
    await call(backend, 'employers.create', { name: 'Acme Ltd' });
    expect((await call(backend, 'app.info')).firstRun).toBe(false);
  });

  test('“Explore with sample data” fills the record, marked as sample; removing it empties the record in one step and keeps a backup', async ({
    backend,
    dataDir,
  }) => {
    await call(backend, 'settings.update', { charity: { name: 'Northside Works' } });
    const started = await call(backend, 'app.finishWelcome', { start: 'sample' });
    expect(started.sampleData).toEqual({ employers: 300, people: 1500, interactions: 20000 });
    expect((await call(backend, 'settings.get')).sampleData).toBe(true);
    await call(backend, 'employers.create', { name: 'Added while exploring Ltd' });
    const word = (await call(backend, 'employers.list', { limit: 1 })).rows[0]!.name.split(' ')[0]!;
    expect((await call(backend, 'search.query', { text: word })).employers.length).toBeGreaterThan(0);

    const removed = await call(backend, 'app.removeSampleData');
    expect(removed.backup).toMatch(/^bridgework-.*-before-removing-sample\.bwbackup$/);
    const backupFile = path.join(dataDir, 'backups', removed.backup);
    expect(count(backupFile, 'employer')).toBe(301);

    const file = path.join(dataDir, databaseFileName);
    for (const table of ['employer', 'person', 'interaction', 'referral', 'programme', 'trust_note', 'commitment']) {
      expect(count(file, table), table).toBe(0);
    }
    expect((await call(backend, 'search.query', { text: word })).employers).toEqual([]);
    const settings = await call(backend, 'settings.get');
    expect(settings).toMatchObject({ sampleData: false, charity: { name: 'Northside Works' } });
    expect((await call(backend, 'vocabulary.list')).sector.length).toBeGreaterThan(0);
    expect((await call(backend, 'app.info')).firstRun).toBe(false);
    const db = new SQLite(file, { readonly: true });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare('select sentence, undoable from change_set').all()).toEqual([
      { sentence: 'Removed the sample data', undoable: 0 },
    ]);
    db.close();

    expect(await backend.invoke('app.removeSampleData')).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'There is no sample data to remove. Your record has not changed.' },
    });
    expect(fs.readdirSync(path.join(dataDir, 'backups'))).toHaveLength(1);
  });

  test('exports say who produced them, from the name given in the welcome', async ({ backend }) => {
    await call(backend, 'settings.update', { charity: { name: 'Northside Works' }, yourName: 'Sam Patel' });
    const doc = {
      title: 'Bolt Cafe',
      subtitle: 'Case study',
      producedOn: '2026-11-24',
      brand: brandOf(await call(backend, 'settings.get')),
      blocks: [],
    };
    expect(documentToMarkdown(doc)).toContain('Northside Works · Produced 24 Nov 2026 by Sam Patel');
    expect(documentToHtml(doc)).toContain('<p class="produced">Produced 24 Nov 2026 by Sam Patel</p>');
  });
});
