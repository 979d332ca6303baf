// Two records of one employer made one: every linked record moves to the one kept, the kept one
// takes the values chosen, the other goes to Trash with a note of where it went, and Undo puts
// both back exactly as they were.
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect } from 'vitest';
import type { Backend } from '../../../electron/backend';
import { aReferral } from '../../support/referral';
import { call, test } from '../../support/temp-backend';

async function twoRecordsOfOneEmployer(backend: Backend) {
  const { employer: merged, referral } = await aReferral(backend);
  await call(backend, 'employers.update', { id: merged.id, phone: '0161 496 0000', notes: 'Eccles kitchen' });
  const kept = await call(backend, 'employers.create', {
    name: 'Harbour Kitchens',
    sector: 'hospitality',
    notes: 'Head office on the quay',
  });
  const ann = await call(backend, 'people.create', { name: 'Ann Lee', employerId: kept.id });
  const raj = await call(backend, 'people.create', { name: 'Raj Patel', employerId: merged.id });
  const call1 = await call(backend, 'interactions.create', {
    employerId: merged.id,
    kind: 'call',
    status: 'done',
    occurredAt: '2026-10-02T10:00:00.000Z',
    summary: 'Talked about the winter menu',
    personIds: [raj.id],
  });
  await call(backend, 'commitments.create', {
    employerId: merged.id,
    party: 'employer',
    description: 'Two trial shifts',
    interactionId: call1.id,
  });
  await call(backend, 'trust.create', {
    employerId: merged.id,
    level: 'inter_personal',
    direction: 'strengthened',
    personId: raj.id,
    observation: 'Raj rang us first',
  });
  return { kept, merged, ann, raj, referral };
}

describe('merging two employers', () => {
  test('moves everything to the one kept, which fills its gaps, and sends the other to Trash', async ({ backend }) => {
    const { kept, merged, raj, referral } = await twoRecordsOfOneEmployer(backend);
    const result = await backend.invoke('employers.merge', { keepId: kept.id, mergeId: merged.id });
    expect(result).toMatchObject({
      ok: true,
      change: { sentence: 'Merged Harbour Kitchens Ltd into Harbour Kitchens' },
    });

    const record = await call(backend, 'employers.get', { id: kept.id });
    expect(record).toMatchObject({
      name: 'Harbour Kitchens',
      sector: 'hospitality',
      phone: '0161 496 0000',
      notes: 'Head office on the quay\n\nEccles kitchen',
    });
    const timeline = await call(backend, 'timeline.forEmployer', { employerId: kept.id, limit: 100 });
    const kinds = new Set(timeline.items.map((item) => item.type));
    for (const kind of ['interaction', 'commitment_made', 'trust_note', 'opportunity', 'referral_step'])
      expect(kinds.has(kind as never), kind).toBe(true);
    const [opportunity] = await call(backend, 'opportunities.list', { employerId: kept.id });
    const referrals = await call(backend, 'referrals.list', { opportunityId: opportunity!.id });
    expect(referrals.map((row) => row.id)).toEqual([referral.id]);
    const people = (await call(backend, 'employers.overview', { id: kept.id })).people.map((role) => role.personName);
    expect(people.sort()).toEqual(['Ann Lee', 'Raj Patel']);
    expect((await call(backend, 'people.get', { id: raj.id })).affiliations[0]).toMatchObject({ employerId: kept.id });

    const gone = await call(backend, 'employers.get', { id: merged.id });
    expect(gone.deletedAt).not.toBeNull();
    expect(gone.notes).toMatch(/Merged into Harbour Kitchens on \d+ \w+ \d{4}\.$/);
    expect((await call(backend, 'employers.list', {})).total).toBe(1);
  });

  test('takes the values chosen from the other record', async ({ backend }) => {
    const { kept, merged } = await twoRecordsOfOneEmployer(backend);
    await call(backend, 'employers.merge', {
      keepId: kept.id,
      mergeId: merged.id,
      take: { name: 'merged', sector: 'kept' },
    });
    expect(await call(backend, 'employers.get', { id: kept.id })).toMatchObject({
      name: 'Harbour Kitchens Ltd',
      sector: 'hospitality',
    });
  });

  test('is one change: Undo puts both records back as they were', async ({ backend }) => {
    const { kept, merged, raj } = await twoRecordsOfOneEmployer(backend);
    const before = {
      kept: await call(backend, 'employers.get', { id: kept.id }),
      merged: await call(backend, 'employers.get', { id: merged.id }),
      timeline: await call(backend, 'timeline.forEmployer', { employerId: merged.id, limit: 100 }),
      raj: await call(backend, 'people.get', { id: raj.id }),
    };
    const result = await backend.invoke('employers.merge', { keepId: kept.id, mergeId: merged.id });
    await call(backend, 'changes.undo', { id: result.ok ? result.change!.id : '' });
    expect(await call(backend, 'employers.get', { id: kept.id })).toEqual(before.kept);
    expect(await call(backend, 'employers.get', { id: merged.id })).toEqual(before.merged);
    expect(await call(backend, 'timeline.forEmployer', { employerId: merged.id, limit: 100 })).toEqual(before.timeline);
    expect(await call(backend, 'people.get', { id: raj.id })).toEqual(before.raj);
  });

  test('Undo of a merge that moved hundreds of contacts puts each employer’s last contact back', async ({
    backend,
    dataDir,
  }) => {
    const { kept, merged, raj } = await twoRecordsOfOneEmployer(backend);
    // Hundreds of past contacts, written straight into the file as an old record would hold them.
    const file = new Database(join(dataDir, 'bridgework.sqlite'));
    const stamp = '2026-01-01T00:00:00.000Z';
    for (let n = 0; n < 700; n++) {
      const id = `old-contact-${n}`;
      const at = new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString();
      file
        .prepare(
          `insert into interaction (id, employer_id, kind, status, occurred_at, summary, created_at, updated_at)
           values (?, ?, 'visit', 'done', ?, 'Visit', ?, ?)`,
        )
        .run(id, merged.id, at, stamp, stamp);
      file.prepare('insert into interaction_person values (?, ?)').run(id, raj.id);
    }
    file.close();
    const before = {
      kept: await call(backend, 'employers.get', { id: kept.id }),
      merged: await call(backend, 'employers.get', { id: merged.id }),
    };
    const result = await backend.invoke('employers.merge', { keepId: kept.id, mergeId: merged.id });
    expect((await call(backend, 'employers.get', { id: kept.id })).lastContactAt).toBe(before.merged.lastContactAt);
    await call(backend, 'changes.undo', { id: result.ok ? result.change!.id : '' });
    expect(await call(backend, 'employers.get', { id: kept.id })).toEqual(before.kept);
    expect(await call(backend, 'employers.get', { id: merged.id })).toEqual(before.merged);
  });

  test('refuses the same employer twice, or one in Trash', async ({ backend }) => {
    const { kept, merged } = await twoRecordsOfOneEmployer(backend);
    expect(await backend.invoke('employers.merge', { keepId: kept.id, mergeId: kept.id })).toMatchObject({
      ok: false,
      error: { field: 'mergeId', message: 'Choose two different employers' },
    });
    await call(backend, 'employers.archive', { id: merged.id });
    expect(await backend.invoke('employers.merge', { keepId: kept.id, mergeId: merged.id })).toMatchObject({
      ok: false,
      error: { field: 'mergeId', message: 'Harbour Kitchens Ltd is in Trash. Restore it first, then merge.' },
    });
  });
});
