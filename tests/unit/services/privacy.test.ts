import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend';
import { databaseFileName } from '../../../electron/db/open';
import { call } from '../../support/call';
import { clockedBackends } from '../../support/clocked-backend';
import { docxParagraphs, pdfText } from '../../support/documents';
import { chromiumPrinter } from '../../support/printer';

const printer = chromiumPrinter();
afterAll(() => printer.close());
const start = clockedBackends({ printer });

async function annAtAcme(backend: Backend) {
  const acme = await call(backend, 'employers.create', { name: 'Acme Ltd', notes: 'Ann Lee is our way in.' });
  const bolt = await call(backend, 'employers.create', { name: 'Bolt Cafe' });
  const ann = await call(backend, 'people.create', {
    name: 'Ann Lee',
    email: 'ann.lee@acme.example',
    employerId: acme.id,
    roleTitle: 'HR manager',
    isPrimary: true,
  });
  const raj = await call(backend, 'people.create', { name: 'Raj Patel', employerId: bolt.id });
  await call(backend, 'people.update', { id: ann.id, phone: '0161 496 0000' });
  await call(backend, 'interactions.create', {
    employerId: acme.id,
    kind: 'meeting',
    status: 'done',
    occurredAt: '2026-03-02T10:00:00.000Z',
    summary: 'Planned trial shifts',
    personIds: [ann.id],
    trustNotes: [
      {
        level: 'inter_personal',
        personId: ann.id,
        direction: 'strengthened',
        observation: 'Very open about hiring plans',
      },
    ],
  });
  await call(backend, 'interactions.create', {
    employerId: bolt.id,
    kind: 'call',
    status: 'done',
    occurredAt: '2026-03-05T10:00:00.000Z',
    summary: 'Raj asked about trials',
    notes: 'He heard about us from Ann Lee at Acme (ann.lee@acme.example).',
    personIds: [raj.id],
  });
  return { acme, bolt, ann, raj };
}

const database = (dataDir: string) => new SQLite(path.join(dataDir, databaseFileName), { readonly: true });

describe('privacy', () => {
  it('erasing a person removes them, their roles and links, and every trace in the change log; text that names them is flagged', async () => {
    const { backend, dataDir } = await start('2026-11-24');
    const { acme, ann } = await annAtAcme(backend);
    expect(await call(backend, 'privacy.erasePerson', { id: ann.id })).toEqual({ mentions: 2, backups: [] });

    const db = database(dataDir);
    try {
      expect(db.prepare('select count(*) from person where id = ?').pluck().get(ann.id)).toBe(0);
      expect(db.prepare('select count(*) from affiliation where person_id = ?').pluck().get(ann.id)).toBe(0);
      expect(db.prepare('select count(*) from interaction_person where person_id = ?').pluck().get(ann.id)).toBe(0);
      expect(db.prepare('select person_id, observation from trust_note').all()).toEqual([
        { person_id: null, observation: 'Very open about hiring plans' },
      ]);
      const traces = db
        .prepare(
          `select count(*) from change_log where before like '%Ann Lee%' or after like '%Ann Lee%'
                  or before like '%ann.lee@%' or after like '%ann.lee@%' or before like ? or after like ?`,
        )
        .pluck()
        .get(`%${ann.id}%`, `%${ann.id}%`);
      expect(traces).toBe(0);
      expect(db.prepare(`select count(*) from change_set where sentence like '%Ann Lee%'`).pluck().get()).toBe(0);
      // What is kept: that an erasure happened, and when; it cannot be undone.
      expect(db.prepare('select sentence, at, undoable from change_set order by hlc desc limit 1').get()).toEqual({
        sentence: 'Erased a person’s details',
        at: '2026-11-24T12:00:00.000Z',
        undoable: 0,
      });
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
    expect((await call(backend, 'search.query', { text: 'Ann Lee' })).people).toEqual([]);
    const flags = await call(backend, 'privacy.reviewFlags');
    expect(flags.map((flag) => [flag.title, flag.employerName])).toEqual([
      ['Notes about Acme Ltd', 'Acme Ltd'],
      ['Contact on 5 Mar 2026: Raj asked about trials', 'Bolt Cafe'],
    ]);
    expect(flags[0]!.reason).toBe(
      'Mentioned someone whose details were erased on 24 Nov 2026. Read it and remove anything that could identify them.',
    );
    await call(backend, 'privacy.resolveFlag', { id: flags[0]!.id });
    expect(await call(backend, 'privacy.reviewFlags')).toHaveLength(1);
    expect((await call(backend, 'employers.get', { id: acme.id })).name).toBe('Acme Ltd');
  });

  it('a subject access request is a readable document of everything held about the person', async () => {
    const { backend } = await start('2026-11-24');
    const { ann } = await annAtAcme(backend);
    const pdf = await call(backend, 'privacy.subjectAccess', { id: ann.id, format: 'pdf' });
    expect(pdf.name).toBe('What we hold about Ann Lee.pdf');
    const text = pdfText(pdf.file).replace(/\s+/g, ' ');
    for (const expected of [
      'What we hold about Ann Lee',
      'ann.lee@acme.example',
      '0161 496 0000',
      'Acme Ltd HR manager',
      'Planned trial shifts',
      'Very open about hiring plans',
      'Contact: Raj asked about trials',
      'Notes about the employer: Acme Ltd',
      'Details changed',
    ]) {
      expect(text).toContain(expected);
    }
    const word = await call(backend, 'privacy.subjectAccess', { id: ann.id, format: 'docx' });
    const headings = (await docxParagraphs(word.file)).filter((p) => p.style === 'Heading3').map((p) => p.text);
    expect(headings).toEqual([
      'Where they have worked',
      'Contacts they were part of',
      'Notes on trust with them',
      'Other places their name or email appears',
      'When their record changed',
    ]);
  });

  it('the retention review lists people with no contact for the chosen years; keeping one needs a reason', async () => {
    const { backend, setToday } = await start('2019-05-01');
    const acme = await call(backend, 'employers.create', { name: 'Acme Ltd' });
    const bolt = await call(backend, 'employers.create', { name: 'Bolt Cafe' });
    const ann = await call(backend, 'people.create', { name: 'Ann Lee', employerId: acme.id });
    const raj = await call(backend, 'people.create', { name: 'Raj Patel', employerId: bolt.id, roleTitle: 'Owner' });
    const quiet = await call(backend, 'people.create', { name: 'Quiet Person' });
    const contact = (employerId: string, personId: string, occurredAt: string) =>
      call(backend, 'interactions.create', {
        employerId,
        kind: 'call',
        status: 'done',
        occurredAt,
        summary: 'Catch-up',
        personIds: [personId],
      });
    await contact(bolt.id, raj.id, '2019-04-20T10:00:00.000Z');
    setToday('2026-11-24');
    await contact(acme.id, ann.id, '2026-10-01T10:00:00.000Z');
    const review = await call(backend, 'privacy.retentionReview', { years: 6 });
    expect(review.map((row) => [row.name, row.employers, row.lastContactOn, row.addedOn])).toEqual([
      ['Quiet Person', '', null, '2019-05-01'],
      ['Raj Patel', 'Bolt Cafe', '2019-04-20', '2019-05-01'],
    ]);
    expect(await backend.invoke('privacy.keepPerson', { id: quiet.id, reason: ' ' })).toMatchObject({
      ok: false,
      error: { field: 'reason', message: 'Say why you are keeping their details' },
    });
    await call(backend, 'privacy.keepPerson', { id: quiet.id, reason: 'Trustee of the charity' });
    expect((await call(backend, 'privacy.retentionReview', { years: 6 })).map((row) => row.id)).toEqual([raj.id]);
    expect((await call(backend, 'privacy.retentionReview', { years: 1 })).map((row) => row.id)).toEqual([raj.id]);
    expect(await backend.invoke('privacy.retentionReview', { years: 0 })).toMatchObject({
      ok: false,
      error: { field: 'years', message: 'Enter at least 1 year' },
    });
  });
});
