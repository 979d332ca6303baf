// Every user action is one change set, and any change set can be undone and redone.
import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { describe, expect } from 'vitest';
import type { Backend } from '../../../electron/backend';
import { databaseFileName } from '../../../electron/db/open';
import { call, test } from '../../support/temp-backend';

async function counts(dataDir: string) {
  const db = new SQLite(path.join(dataDir, databaseFileName), { readonly: true });
  const count = (table: string) => db.prepare(`select count(*) from ${table}`).pluck().get() as number;
  const result = {
    interactions: count('interaction'),
    people: count('person'),
    roles: count('affiliation'),
    promises: count('commitment'),
    trustNotes: count('trust_note'),
    present: count('interaction_person'),
  };
  db.close();
  return result;
}

async function callWithEverything(backend: Backend) {
  const employer = await call(backend, 'employers.create', { name: 'Greggs plc' });
  const logged = await call(backend, 'interactions.create', {
    employerId: employer.id,
    kind: 'call',
    status: 'done',
    occurredAt: '2026-11-20T10:00:00.000Z',
    summary: 'Talked about winter trials',
    newPeople: [{ name: 'Priya Shah', roleTitle: 'Area manager' }],
    commitments: [{ party: 'us', description: 'Send three candidates', dueOn: '2026-11-27' }],
    trustNotes: [
      { level: 'inter_organisational', direction: 'strengthened', observation: 'Kept their word on trials' },
    ],
  });
  return { employer, logged };
}

describe('change sets, undo and redo', () => {
  test('a contact saved with a new person, a promise and a trust note is one change, undone and redone whole', async ({
    backend,
    dataDir,
  }) => {
    const { employer } = await callWithEverything(backend);
    const before = await counts(dataDir);
    expect(before).toMatchObject({ interactions: 1, people: 1, roles: 1, promises: 1, trustNotes: 1, present: 1 });

    const list = await call(backend, 'changes.list');
    expect(list.changes.map((change) => change.sentence)).toEqual([
      'Logged a call with Greggs plc',
      'Added Greggs plc',
    ]);
    expect(list.nextUndo?.sentence).toBe('Logged a call with Greggs plc');

    const undone = await call(backend, 'changes.undo', { id: list.nextUndo!.id });
    expect(undone.sentence).toBe('Logged a call with Greggs plc');
    expect(await counts(dataDir)).toEqual({
      interactions: 0,
      people: 0,
      roles: 0,
      promises: 0,
      trustNotes: 0,
      present: 0,
    });
    // The employer's summary of last contact follows the undo.
    expect((await call(backend, 'employers.get', { id: employer.id })).lastContactAt ?? null).toBeNull();
    expect((await call(backend, 'search.query', { text: 'winter' })).interactions).toEqual([]);

    const afterUndo = await call(backend, 'changes.list');
    expect(afterUndo.changes[0]).toMatchObject({ sentence: 'Undid: Logged a call with Greggs plc', kind: 'undo' });
    expect(afterUndo.nextRedo?.sentence).toBe('Logged a call with Greggs plc');
    expect(afterUndo.nextUndo?.sentence).toBe('Added Greggs plc');

    await call(backend, 'changes.redo', { id: afterUndo.nextRedo!.id });
    expect(await counts(dataDir)).toEqual(before);
    expect((await call(backend, 'search.query', { text: 'winter' })).interactions).toHaveLength(1);
    expect((await call(backend, 'changes.list')).nextRedo).toBeNull();
  });

  test('an undo is refused, changing nothing, when a row it would put back was changed since', async ({
    backend,
    dataDir,
  }) => {
    const { employer } = await callWithEverything(backend);
    const logged = (await call(backend, 'changes.list')).nextUndo!;
    const [promise] = (await call(backend, 'commitments.forEmployer', { employerId: employer.id })).commitments;
    await call(backend, 'commitments.resolve', { id: promise!.id, status: 'kept' });
    const before = await counts(dataDir);
    const refused = await backend.invoke('changes.undo', { id: logged.id });
    expect(refused).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'conflict',
        message: expect.stringMatching(
          /the promise “Send three candidates” was changed after it by “Marked the promise “Send three candidates” kept”.*Undo that first/,
        ),
      }),
    });
    expect(await counts(dataDir)).toEqual(before);
    // Undo the later change first, and then the first one goes.
    const kept = (await call(backend, 'changes.list')).nextUndo!;
    await call(backend, 'changes.undo', { id: kept.id });
    await call(backend, 'changes.undo', { id: logged.id });
    expect((await counts(dataDir)).interactions).toBe(0);
  });

  test('undoing an edit keeps a later edit to another field of the same record', async ({ backend }) => {
    const employer = await call(backend, 'employers.create', { name: 'Harbour Kitchens Ltd' });
    await call(backend, 'employers.update', { id: employer.id, notes: 'Wants porters' });
    const notes = (await call(backend, 'changes.list')).nextUndo!;
    await call(backend, 'employers.update', { id: employer.id, phone: '0161 496 0000' });
    await call(backend, 'changes.undo', { id: notes.id });
    const after = await call(backend, 'employers.get', { id: employer.id });
    expect(after).toMatchObject({ notes: null, phone: '0161 496 0000' });
  });

  test('a save that changes nothing makes no change set, and final deletions cannot be undone', async ({ backend }) => {
    const employer = await call(backend, 'employers.create', { name: 'Harbour Kitchens Ltd' });
    const saved = await call(backend, 'employers.update', { id: employer.id, name: 'Harbour Kitchens Ltd' });
    expect(saved.updatedAt).toBe(employer.updatedAt);
    expect((await call(backend, 'changes.list')).changes).toHaveLength(1);
    await call(backend, 'employers.archive', { id: employer.id });
    await call(backend, 'trash.purge', { items: [{ kind: 'employer', id: employer.id }] });
    const list = await call(backend, 'changes.list');
    expect(list.changes[0]).toMatchObject({ sentence: 'Deleted records for good', undoable: false });
    const refused = await backend.invoke('changes.undo', { id: list.changes[0]!.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    // The employer's own earlier changes lost their content with it: they cannot come back either.
    expect(list.changes.map((change) => change.sentence).join(' ')).not.toContain('Harbour');
    const created = list.changes.find(
      (change) => change.sentence === 'Changed a record that was later deleted for good',
    )!;
    expect(await backend.invoke('changes.undo', { id: created.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('deleted for good') },
    });
  });
});
