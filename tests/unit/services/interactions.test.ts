import { describe, expect } from 'vitest';
import type { Backend } from '../../../electron/backend';
import { call, test } from '../../support/temp-backend';

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString();

async function setUp(backend: Backend) {
  const acme = await call(backend, 'employers.create', { name: 'Acme Ltd' });
  const sam = await call(backend, 'people.create', { name: 'Sam Patel', employerId: acme.id, isPrimary: true });
  return { acme, sam };
}

describe('logging interactions', () => {
  test('logs a call with the people present and notes, and shows it as last contact', async ({ backend }) => {
    const { acme, sam } = await setUp(backend);
    const at = hoursFromNow(-2);
    const call1 = await call(backend, 'interactions.create', {
      employerId: acme.id,
      kind: 'call',
      status: 'done',
      occurredAt: at,
      summary: 'Talked about the warehouse roles',
      notes: 'They want **four** candidates by Friday.',
      followUpOn: '2099-01-05',
      personIds: [sam.id],
    });
    expect(call1).toMatchObject({
      employerName: 'Acme Ltd',
      kind: 'call',
      status: 'done',
      people: [{ id: sam.id, name: 'Sam Patel' }],
    });
    const overview = await call(backend, 'employers.overview', { id: acme.id });
    expect(overview).toMatchObject({ lastContactAt: at, nextFollowUpOn: '2099-01-05' });
  });

  test('adds a person met for the first time as a contact at the employer', async ({ backend }) => {
    const { acme } = await setUp(backend);
    const meeting = await call(backend, 'interactions.create', {
      employerId: acme.id,
      kind: 'meeting',
      status: 'done',
      occurredAt: hoursFromNow(-1),
      summary: 'Met the new site manager',
      newPeople: [{ name: 'Alex Reid', roleTitle: 'Site manager' }],
    });
    expect(meeting.people.map((p) => p.name)).toEqual(['Alex Reid']);
    const overview = await call(backend, 'employers.overview', { id: acme.id });
    expect(overview.people.map((role) => [role.personName, role.roleTitle])).toContainEqual([
      'Alex Reid',
      'Site manager',
    ]);
  });

  test('a done interaction cannot be in the future, and a planned one cannot be in the past', async ({ backend }) => {
    const { acme } = await setUp(backend);
    const base = { employerId: acme.id, kind: 'call', summary: 'Ring about interviews' };
    const future = await backend.invoke('interactions.create', {
      ...base,
      status: 'done',
      occurredAt: hoursFromNow(24),
    });
    expect(future).toEqual({
      ok: false,
      error: expect.objectContaining({
        field: 'occurredAt',
        message: expect.stringContaining('cannot be in the future'),
      }),
    });
    const past = await backend.invoke('interactions.create', {
      ...base,
      status: 'planned',
      occurredAt: hoursFromNow(-24),
    });
    expect(past).toEqual({
      ok: false,
      error: expect.objectContaining({ field: 'occurredAt', message: expect.stringContaining('mark it as done') }),
    });
    const cancelled = await backend.invoke('interactions.create', {
      ...base,
      status: 'cancelled',
      occurredAt: hoursFromNow(-24),
    });
    expect(cancelled.ok).toBe(true);
    expect((await call(backend, 'timeline.forEmployer', { employerId: acme.id, kinds: ['call'] })).items).toHaveLength(
      1,
    );
  });

  test('rejects an unknown kind, a missing summary and a follow-up before the contact', async ({ backend }) => {
    const { acme } = await setUp(backend);
    const base = {
      employerId: acme.id,
      kind: 'call',
      status: 'done' as const,
      occurredAt: hoursFromNow(-1),
      summary: 'Call',
    };
    expect(await backend.invoke('interactions.create', { ...base, kind: 'telepathy' })).toMatchObject({
      error: { field: 'kind' },
    });
    expect(await backend.invoke('interactions.create', { ...base, summary: '' })).toMatchObject({
      error: { field: 'summary', message: 'Write a one-line summary' },
    });
    expect(await backend.invoke('interactions.create', { ...base, followUpOn: '2001-01-01' })).toMatchObject({
      error: { field: 'followUpOn' },
    });
  });

  test('marks a planned visit done in one step, dated now if it was planned for later', async ({ backend }) => {
    const { acme } = await setUp(backend);
    const visit = await call(backend, 'interactions.create', {
      employerId: acme.id,
      kind: 'site_visit',
      status: 'planned',
      occurredAt: hoursFromNow(3),
      summary: 'Visit the depot',
    });
    expect((await call(backend, 'employers.overview', { id: acme.id })).nextPlanned?.id).toBe(visit.id);
    const done = await call(backend, 'interactions.complete', { id: visit.id });
    expect(done.status).toBe('done');
    expect(Date.parse(done.occurredAt)).toBeLessThanOrEqual(Date.now());
    const overview = await call(backend, 'employers.overview', { id: acme.id });
    expect(overview.nextPlanned).toBeNull();
    expect(overview.lastContactAt).toBe(done.occurredAt);
  });

  test('editing replaces the people present; archiving takes it off the timeline', async ({ backend }) => {
    const { acme, sam } = await setUp(backend);
    const jo = await call(backend, 'people.create', { name: 'Jo Evans', employerId: acme.id });
    const created = await call(backend, 'interactions.create', {
      employerId: acme.id,
      kind: 'email',
      status: 'done',
      occurredAt: hoursFromNow(-5),
      summary: 'Sent the job descriptions',
      personIds: [sam.id],
    });
    const edited = await call(backend, 'interactions.update', {
      id: created.id,
      personIds: [jo.id],
      summary: 'Sent two job descriptions',
    });
    expect(edited).toMatchObject({ summary: 'Sent two job descriptions', people: [{ name: 'Jo Evans' }] });
    await call(backend, 'interactions.archive', { id: created.id });
    expect((await call(backend, 'timeline.forEmployer', { employerId: acme.id, kinds: ['email'] })).items).toEqual([]);
  });
});
