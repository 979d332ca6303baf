import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { describe, expect, onTestFinished } from 'vitest';
import { openBackendInThread } from '../../../electron/backend-in-thread';
import type { Backend } from '../../../electron/backend';
import { databaseFileName } from '../../../electron/db/open';
import { call, test } from '../../support/temp-backend';

async function employerWithHistory(backend: Backend, name: string, contactName = 'Ann Lee') {
  const employer = await call(backend, 'employers.create', { name });
  const person = await call(backend, 'people.create', {
    name: contactName,
    employerId: employer.id,
    roleTitle: 'Owner',
  });
  const contact = await call(backend, 'interactions.create', {
    employerId: employer.id,
    kind: 'call',
    status: 'done',
    occurredAt: '2026-11-20T10:00:00.000Z',
    summary: `Called ${name} about shifts`,
    personIds: [person.id],
    trustNotes: [
      {
        level: 'inter_personal',
        personId: person.id,
        direction: 'strengthened',
        observation: 'Warm call',
        observedOn: '2026-11-20',
      },
    ],
    commitments: [{ party: 'us', description: 'Send two CVs', dueOn: '2026-12-01' }],
  });
  const opportunity = await call(backend, 'opportunities.create', {
    employerId: employer.id,
    kind: 'vacancy',
    title: 'Kitchen porter',
  });
  const [referral] = await call(backend, 'referrals.create', { opportunityId: opportunity.id, references: ['P-0231'] });
  const evidence = await call(backend, 'evidence.attach', {
    referralId: referral!.id,
    file: { name: 'offer.pdf', contentBase64: Buffer.from('%PDF offer').toString('base64') },
  });
  const caseStudy = await call(backend, 'caseStudies.draft', {
    employerId: employer.id,
    from: '2026-01-01',
    to: '2026-11-30',
  });
  return { employer, person, contact, opportunity, referral: referral!, evidence, caseStudy };
}

const open = (dataDir: string) => new SQLite(path.join(dataDir, databaseFileName), { readonly: true });

describe('trash', () => {
  test('every kind of record moved to Trash is listed there, newest first, and can be restored', async ({
    dataDir,
  }) => {
    // A clock that moves a second each time it is read, so "newest first" is never a tie.
    let second = Date.parse('2026-11-24T09:00:00Z');
    const backend = await openBackendInThread({ dataDir, now: () => new Date((second += 1000)).toISOString() });
    onTestFinished(() => backend.close());
    const record = await employerWithHistory(backend, 'Acme Ltd');
    const other = await call(backend, 'employers.create', { name: 'Bolt Cafe' });
    await call(backend, 'caseStudies.archive', { id: record.caseStudy.id });
    await call(backend, 'evidence.remove', { id: record.evidence.id });
    await call(backend, 'trust.archive', {
      id: (await call(backend, 'trust.forEmployer', { employerId: record.employer.id }))[0]!.id,
    });
    await call(backend, 'interactions.archive', { id: record.contact.id });
    await call(backend, 'people.archive', { id: record.person.id });
    await call(backend, 'employers.archive', { id: other.id });
    const trash = await call(backend, 'trash.list');
    expect(trash.items.map((item) => [item.kind, item.title, item.employerName])).toEqual([
      ['employer', 'Bolt Cafe', null],
      ['person', 'Ann Lee', null],
      ['interaction', 'Called Acme Ltd about shifts', 'Acme Ltd'],
      ['trustNote', 'Warm call', 'Acme Ltd'],
      ['evidence', 'offer.pdf', 'Acme Ltd'],
      ['caseStudy', expect.any(String), 'Acme Ltd'],
    ]);
    expect(trash.total).toBe(6);
    expect((await call(backend, 'caseStudies.list')).map((c) => c.id)).not.toContain(record.caseStudy.id);
    for (const item of trash.items) await call(backend, 'trash.restore', { kind: item.kind, id: item.id });
    expect((await call(backend, 'trash.list')).total).toBe(0);
    expect((await call(backend, 'caseStudies.list')).map((c) => c.id)).toContain(record.caseStudy.id);
    expect((await call(backend, 'evidence.list', { referralId: record.referral.id })).map((e) => e.id)).toEqual([
      record.evidence.id,
    ]);
  });

  test('an opportunity’s referrals go to Trash with it and are not listed on their own', async ({ backend }) => {
    const record = await employerWithHistory(backend, 'Acme Ltd');
    await call(backend, 'opportunities.archive', { id: record.opportunity.id });
    expect((await call(backend, 'trash.list')).items.map((item) => item.kind)).toEqual(['opportunity']);
    await call(backend, 'trash.restore', { kind: 'opportunity', id: record.opportunity.id });
    expect(await call(backend, 'referrals.list', { opportunityId: record.opportunity.id })).toHaveLength(1);
  });

  test('deleting an employer for good removes everything that was only theirs, its file, and its words in the change log', async ({
    backend,
    dataDir,
  }) => {
    const acme = await employerWithHistory(backend, 'Acme Ltd');
    const kept = await employerWithHistory(backend, 'Bolt Cafe', 'Raj Patel');
    await call(backend, 'affiliations.create', {
      personId: acme.person.id,
      employerId: kept.employer.id,
      roleTitle: 'Adviser',
    });
    await call(backend, 'employers.archive', { id: acme.employer.id });
    const evidenceFile = path.join(dataDir, 'evidence', fs.readdirSync(path.join(dataDir, 'evidence'))[0]!);
    expect(await call(backend, 'trash.purge', { items: [{ kind: 'employer', id: acme.employer.id }] })).toEqual({
      deleted: 1,
    });

    const db = open(dataDir);
    try {
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      for (const table of [
        'interaction',
        'trust_note',
        'commitment',
        'opportunity',
        'referral',
        'evidence',
        'case_study',
        'affiliation',
      ]) {
        const names = db.prepare(`select count(*) from ${table} where employer_id = ?`).pluck().get(acme.employer.id);
        expect([table, names]).toEqual([table, 0]);
      }
      expect(db.prepare('select count(*) from employer where id = ?').pluck().get(acme.employer.id)).toBe(0);
      // The person worked at Bolt Cafe too: they stay, with that role only.
      expect(db.prepare('select employer_id from affiliation where person_id = ?').pluck().all(acme.person.id)).toEqual(
        [kept.employer.id],
      );
      expect(db.prepare(`select sentence from change_set order by hlc desc limit 1`).pluck().get()).toBe(
        'Deleted records for good',
      );
      expect(db.prepare(`select count(*) from change_set where sentence like '%Acme%'`).pluck().get()).toBe(0);
      expect(
        db.prepare(`select count(*) from change_log where before like '%Acme%' or after like '%Acme%'`).pluck().get(),
      ).toBe(0);
      expect(
        db.prepare(`select count(*) from change_log where after like '%Bolt Cafe%'`).pluck().get(),
      ).toBeGreaterThan(0);
    } finally {
      db.close();
    }
    expect(fs.existsSync(evidenceFile)).toBe(false);
    expect((await call(backend, 'search.query', { text: 'Acme' })).employers).toEqual([]);
  });

  test('emptying Trash deletes everything in it, and nothing that is not', async ({ backend, dataDir }) => {
    const acme = await employerWithHistory(backend, 'Acme Ltd');
    await call(backend, 'interactions.archive', { id: acme.contact.id });
    await call(backend, 'caseStudies.archive', { id: acme.caseStudy.id });
    expect(await call(backend, 'trash.purge', { items: [{ kind: 'employer', id: acme.employer.id }] })).toEqual({
      deleted: 0,
    });
    expect(await call(backend, 'trash.purge', { everything: true })).toEqual({ deleted: 2 });
    expect((await call(backend, 'trash.list')).total).toBe(0);
    const db = open(dataDir);
    expect(db.prepare('select count(*) from interaction').pluck().get()).toBe(0);
    expect(db.prepare('select count(*) from employer').pluck().get()).toBe(1);
    db.close();
    expect(await backend.invoke('trash.purge', {})).toMatchObject({
      ok: false,
      error: { field: 'items', message: 'Choose what to delete' },
    });
  });
});
