// Recording last month's work this month: a promise has the day it was made, which may be long
// before the day it was typed; it can be settled any day from then to today, and reports count
// it in the period it was made.
import { expect } from 'vitest';
import { clockedBackend } from '../../support/clocked-backend';
import { call } from '../../support/call';
import { test } from '../../support/temp-backend';

test('a promise made in a September contact, typed in November, is kept on 1 October', async () => {
  const { backend } = await clockedBackend('2026-11-20');
  try {
    const acme = await call(backend, 'employers.create', { name: 'Acme Ltd' });
    const visit = await call(backend, 'interactions.create', {
      employerId: acme.id,
      kind: 'site_visit',
      status: 'done',
      occurredAt: '2026-09-15T10:00:00.000Z',
      summary: 'Visited the depot',
    });
    const promise = await call(backend, 'commitments.create', {
      employerId: acme.id,
      party: 'employer',
      description: 'Three guaranteed interviews',
      interactionId: visit.id,
    });
    expect(promise.madeOn).toBe('2026-09-15');
    const kept = await call(backend, 'commitments.resolve', {
      id: promise.id,
      status: 'kept',
      resolvedOn: '2026-10-01',
    });
    expect(kept).toMatchObject({ status: 'kept', resolvedOn: '2026-10-01' });

    // Not from a contact: the day it was made is said, or else it is today.
    const said = await call(backend, 'commitments.create', {
      employerId: acme.id,
      party: 'us',
      description: 'Send the job descriptions',
      madeOn: '2026-08-03',
    });
    expect(said.madeOn).toBe('2026-08-03');
    const today = await call(backend, 'commitments.create', {
      employerId: acme.id,
      party: 'us',
      description: 'Call back',
    });
    expect(today.madeOn).toBe('2026-11-20');

    const timeline = await call(backend, 'timeline.forEmployer', { employerId: acme.id });
    const made = timeline.items.filter((item) => item.type === 'commitment_made').map((item) => item.at.slice(0, 10));
    expect(made).toEqual(['2026-11-20', '2026-09-15', '2026-08-03']);
  } finally {
    await backend.close();
  }
});

test('the order is kept: made no later than today, settled no earlier than made', async () => {
  const { backend } = await clockedBackend('2026-11-20');
  try {
    const acme = await call(backend, 'employers.create', { name: 'Acme Ltd' });
    expect(
      await backend.invoke('commitments.create', {
        employerId: acme.id,
        party: 'us',
        description: 'Send the forms',
        madeOn: '2026-11-21',
      }),
    ).toMatchObject({ ok: false, error: { field: 'madeOn', message: 'This cannot be after today.' } });
    const promise = await call(backend, 'commitments.create', {
      employerId: acme.id,
      party: 'us',
      description: 'Send the forms',
      madeOn: '2026-10-10',
    });
    expect(
      await backend.invoke('commitments.resolve', { id: promise.id, status: 'kept', resolvedOn: '2026-10-09' }),
    ).toMatchObject({
      ok: false,
      error: {
        field: 'resolvedOn',
        message:
          'A promise cannot be settled before it was made (10 Oct 2026). If it was made earlier, change the date it was made first.',
      },
    });
    await call(backend, 'commitments.update', { id: promise.id, madeOn: '2026-10-01' });
    expect(
      await call(backend, 'commitments.resolve', { id: promise.id, status: 'kept', resolvedOn: '2026-10-09' }),
    ).toMatchObject({ status: 'kept' });
  } finally {
    await backend.close();
  }
});

test('a relationship’s history before it was typed in: phase moves and trust notes on their own days, in order', async () => {
  const { backend } = await clockedBackend('2026-11-20');
  try {
    const acme = await call(backend, 'employers.create', { name: 'Acme Ltd' });
    await call(backend, 'employers.movePhase', {
      employerId: acme.id,
      toPhase: 'establishing',
      changedOn: '2025-03-01',
    });
    await call(backend, 'employers.movePhase', {
      employerId: acme.id,
      toPhase: 'maintaining',
      changedOn: '2025-09-15',
    });
    expect(
      await backend.invoke('employers.movePhase', {
        employerId: acme.id,
        toPhase: 'establishing',
        changedOn: '2025-06-01',
      }),
    ).toMatchObject({
      ok: false,
      error: { field: 'changedOn', message: 'The date cannot be before the last move, on 15 Sep 2025.' },
    });
    const note = await call(backend, 'trust.create', {
      employerId: acme.id,
      level: 'inter_organisational',
      direction: 'strengthened',
      observation: 'They asked us to run their autumn recruitment day',
      observedOn: '2025-10-02',
    });
    expect(note.observedOn).toBe('2025-10-02');
    expect((await call(backend, 'employers.get', { id: acme.id })).phase).toBe('maintaining');
  } finally {
    await backend.close();
  }
});
