import { describe, expect } from 'vitest';
import type { Backend } from '../../../electron/backend';
import { call, test } from '../../support/temp-backend';

const today = () => new Date().toISOString().slice(0, 10);

async function setUp(backend: Backend) {
  const acme = await call(backend, 'employers.create', { name: 'Acme Ltd' });
  const other = await call(backend, 'employers.create', { name: 'Bolton Print' });
  const sam = await call(backend, 'people.create', { name: 'Sam Patel', employerId: acme.id });
  const meeting = await call(backend, 'interactions.create', {
    employerId: acme.id,
    kind: 'meeting',
    status: 'done',
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    summary: 'Met Sam about interviews',
  });
  const elsewhere = await call(backend, 'interactions.create', {
    employerId: other.id,
    kind: 'call',
    status: 'done',
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    summary: 'Call with Bolton Print',
  });
  return { acme, sam, meeting, elsewhere };
}

describe('trust notes', () => {
  test('records trust between people, about a named person, from a contact', async ({ backend }) => {
    const { acme, sam, meeting } = await setUp(backend);
    const note = await call(backend, 'trust.create', {
      employerId: acme.id,
      level: 'inter_personal',
      direction: 'strengthened',
      personId: sam.id,
      interactionId: meeting.id,
      observation: 'Sam rang us first when a vacancy came up.',
    });
    expect(note).toMatchObject({ personName: 'Sam Patel', observedOn: today(), interactionId: meeting.id });
  });

  test('refuses trust between people with no person, a future date, or a contact with another employer', async ({
    backend,
  }) => {
    const { acme, elsewhere } = await setUp(backend);
    const base = {
      employerId: acme.id,
      level: 'inter_organisational',
      direction: 'weakened',
      observation: 'Feedback was late.',
    };
    expect(await backend.invoke('trust.create', { ...base, level: 'inter_personal' })).toMatchObject({
      error: { field: 'personId' },
    });
    expect(await backend.invoke('trust.create', { ...base, observedOn: '2999-01-01' })).toMatchObject({
      error: { field: 'observedOn' },
    });
    expect(await backend.invoke('trust.create', { ...base, interactionId: elsewhere.id })).toMatchObject({
      error: { field: 'interactionId' },
    });
    expect(await backend.invoke('trust.create', { ...base, direction: 'sideways' })).toMatchObject({
      error: { field: 'direction' },
    });
  });

  test('can be corrected and removed', async ({ backend }) => {
    const { acme } = await setUp(backend);
    const note = await call(backend, 'trust.create', {
      employerId: acme.id,
      level: 'institutional',
      direction: 'steady',
      observation: 'They still trust the programme.',
    });
    const edited = await call(backend, 'trust.update', { id: note.id, direction: 'strengthened' });
    expect(edited.direction).toBe('strengthened');
    expect((await call(backend, 'trust.archive', { id: note.id })).deletedAt).not.toBeNull();
  });
});

describe('commitments', () => {
  test('records a promise on either side and settles it once', async ({ backend }) => {
    const { acme, meeting } = await setUp(backend);
    const theirs = await call(backend, 'commitments.create', {
      employerId: acme.id,
      party: 'employer',
      description: 'Guaranteed interviews for four candidates',
      kind: 'guaranteed_interviews',
      dueOn: '2026-12-12',
      interactionId: meeting.id,
    });
    expect(theirs).toMatchObject({ status: 'open', party: 'employer', resolvedOn: null });
    const kept = await call(backend, 'commitments.resolve', {
      id: theirs.id,
      status: 'kept',
      note: 'All four interviewed.',
    });
    expect(kept).toMatchObject({ status: 'kept', resolvedOn: today(), resolutionNote: 'All four interviewed.' });
    // Settling is a change of its own, with the promise before and after: it can be undone.
    const settled = (await call(backend, 'changes.list')).changes[0]!;
    expect(settled).toMatchObject({
      sentence: 'Marked the promise “Guaranteed interviews for four candidates” kept',
      undoable: true,
    });
    await call(backend, 'changes.undo', { id: settled.id });
    expect((await call(backend, 'commitments.forEmployer', { employerId: acme.id })).commitments[0]).toMatchObject({
      status: 'open',
      resolvedOn: null,
      resolutionNote: null,
    });
    await call(backend, 'changes.redo', { id: settled.id });
    const again = await backend.invoke('commitments.resolve', { id: theirs.id, status: 'broken' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const edit = await backend.invoke('commitments.update', { id: theirs.id, description: 'Changed' });
    expect(edit).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  test('refuses an unknown side or kind, a missing promise and a settlement in the future', async ({ backend }) => {
    const { acme } = await setUp(backend);
    const base = { employerId: acme.id, party: 'us' as const, description: 'Send screened candidates by Friday' };
    expect(await backend.invoke('commitments.create', { ...base, party: 'them' as never })).toMatchObject({
      error: { field: 'party' },
    });
    expect(await backend.invoke('commitments.create', { ...base, kind: 'unicorn' })).toMatchObject({
      error: { field: 'kind' },
    });
    expect(await backend.invoke('commitments.create', { ...base, description: ' ' })).toMatchObject({
      error: { field: 'description' },
    });
    const ours = await call(backend, 'commitments.create', base);
    expect(
      await backend.invoke('commitments.resolve', { id: ours.id, status: 'kept', resolvedOn: '2999-01-01' }),
    ).toMatchObject({
      error: { field: 'resolvedOn' },
    });
    expect(
      await backend.invoke('commitments.resolve', { id: ours.id, status: 'kept', resolvedOn: '2000-01-01' }),
    ).toMatchObject({
      error: { field: 'resolvedOn' },
    });
    const updated = await call(backend, 'commitments.update', { id: ours.id, dueOn: '2026-12-04' });
    expect(updated.dueOn).toBe('2026-12-04');
  });
});
