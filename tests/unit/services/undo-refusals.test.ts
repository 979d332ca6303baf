// When Undo or Redo cannot put a change back, it says which record stands in the way and why,
// and changes nothing; when it can, the record's edit stamp tells the truth about it.
import { describe, expect, it } from 'vitest';
import { call } from '../../support/call';
import { clockedBackends } from '../../support/clocked-backend';

const start = clockedBackends();

describe('undo and redo, refused or done', () => {
  it('an employer cannot be un-added while a contact recorded since belongs to it', async () => {
    const { backend } = await start('2026-11-02');
    const greggs = await call(backend, 'employers.create', { name: 'Greggs plc' });
    const added = (await call(backend, 'changes.list')).nextUndo!;
    await call(backend, 'interactions.create', {
      employerId: greggs.id,
      kind: 'call',
      status: 'done',
      occurredAt: '2026-11-02T10:00:00.000Z',
      summary: 'First call',
    });
    expect(await backend.invoke('changes.undo', { id: added.id })).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'conflict',
        message:
          'This cannot be undone: something added since belongs to the employer “Greggs plc”. Undo that first, or move it to Trash.',
      }),
    });
    expect((await call(backend, 'employers.get', { id: greggs.id })).name).toBe('Greggs plc');
    expect((await call(backend, 'changes.list')).nextUndo?.sentence).toBe('Logged a call with Greggs plc');
  });

  it('a redo is refused, naming the later change, when the record was changed after the undo', async () => {
    const { backend, setToday } = await start('2026-11-02');
    const acme = await call(backend, 'employers.create', { name: 'Acme Ltd' });
    await call(backend, 'employers.update', { id: acme.id, notes: 'Wants porters' });
    const notes = (await call(backend, 'changes.list')).nextUndo!;
    await call(backend, 'changes.undo', { id: notes.id });
    setToday('2026-11-05');
    await call(backend, 'employers.update', { id: acme.id, notes: 'Wants chefs' });
    expect(await backend.invoke('changes.redo', { id: notes.id })).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'conflict',
        message:
          'This cannot be redone: the employer “Acme Ltd” was changed after it by “Changed Acme Ltd’s details” on 5 Nov 2026, and nothing has been changed now. Undo that first.',
      }),
    });
    expect((await call(backend, 'employers.get', { id: acme.id })).notes).toBe('Wants chefs');
  });

  it('a contact undone is named by its summary when a later change stands in the way', async () => {
    const { backend } = await start('2026-11-02');
    const acme = await call(backend, 'employers.create', { name: 'Acme Ltd' });
    const visit = await call(backend, 'interactions.create', {
      employerId: acme.id,
      kind: 'site_visit',
      status: 'planned',
      occurredAt: '2026-11-20T10:00:00.000Z',
      summary: 'Look round the kitchen',
    });
    const planned = (await call(backend, 'changes.list')).nextUndo!;
    await call(backend, 'interactions.update', { id: visit.id, summary: 'Look round the bakery' });
    expect(await backend.invoke('changes.undo', { id: planned.id })).toMatchObject({
      ok: false,
      error: {
        message:
          'This cannot be undone: the contact “Look round the kitchen” was changed after it by “Changed the contact “Look round the bakery” with Acme Ltd” on 2 Nov 2026, and nothing has been changed now. Undo that first.',
      },
    });
  });

  it('undoing an edit puts the edit stamp back, unless another edit has moved it on since', async () => {
    const { backend, setToday } = await start('2026-11-02');
    const acme = await call(backend, 'employers.create', { name: 'Acme Ltd' });
    setToday('2026-11-03');
    await call(backend, 'employers.update', { id: acme.id, notes: 'Wants porters' });
    const notes = (await call(backend, 'changes.list')).nextUndo!;
    await call(backend, 'changes.undo', { id: notes.id });
    expect((await call(backend, 'employers.get', { id: acme.id })).updatedAt).toBe(acme.updatedAt);

    await call(backend, 'changes.redo', { id: notes.id });
    setToday('2026-11-04');
    await call(backend, 'employers.update', { id: acme.id, phone: '0161 496 0000' });
    setToday('2026-11-05');
    await call(backend, 'changes.undo', { id: notes.id });
    const after = await call(backend, 'employers.get', { id: acme.id });
    expect(after).toMatchObject({ notes: null, phone: '0161 496 0000', updatedAt: '2026-11-05T12:00:00.000Z' });
  });

  it('an undo already undone, or a redo of what was never undone, is refused', async () => {
    const { backend } = await start('2026-11-02');
    await call(backend, 'employers.create', { name: 'Acme Ltd' });
    const added = (await call(backend, 'changes.list')).nextUndo!;
    expect(await backend.invoke('changes.redo', { id: added.id })).toMatchObject({ ok: false });
    await call(backend, 'changes.undo', { id: added.id });
    expect(await backend.invoke('changes.undo', { id: added.id })).toMatchObject({ ok: false });
    expect(await backend.invoke('changes.undo', { id: '0190b0c4-0000-7000-8000-000000000000' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
