import { describe, expect } from 'vitest';
import { call, test } from '../../support/temp-backend';
import type { Backend } from '../../../electron/backend';

async function employer(backend: Backend, name: string) {
  return call(backend, 'employers.create', { name });
}

describe('people and their roles', () => {
  test('adds a person linked to an employer in one step, and lists them with where they work', async ({ backend }) => {
    const acme = await employer(backend, 'Acme Ltd');
    const person = await call(backend, 'people.create', {
      name: 'Sam Patel',
      email: 'sam@acme.co.uk',
      preferredChannel: 'email',
      employerId: acme.id,
      roleTitle: 'HR manager',
      startedOn: '2025-03-01',
      isPrimary: true,
    });
    expect(person.affiliations).toEqual([
      expect.objectContaining({
        employerName: 'Acme Ltd',
        roleTitle: 'HR manager',
        isPrimary: true,
        startedOn: '2025-03-01',
        endedOn: null,
      }),
    ]);
    const page = await call(backend, 'people.list', {});
    expect(page.rows).toEqual([
      expect.objectContaining({
        name: 'Sam Patel',
        currentEmployers: [{ id: acme.id, name: 'Acme Ltd', roleTitle: 'HR manager', isPrimary: true }],
      }),
    ]);
  });

  test('rejects a missing name and an unknown way to get in touch, saving nothing', async ({ backend }) => {
    const missing = await backend.invoke('people.create', { name: ' ' });
    expect(missing).toEqual({
      ok: false,
      error: expect.objectContaining({ field: 'name', message: "Enter the person's name" }),
    });
    const channel = await backend.invoke('people.create', { name: 'Jo', preferredChannel: 'pigeon' });
    expect(channel).toEqual({ ok: false, error: expect.objectContaining({ field: 'preferredChannel' }) });
    expect((await call(backend, 'people.list', {})).total).toBe(0);
  });

  test('keeps one main contact per employer, and moves it only when asked', async ({ backend }) => {
    const acme = await employer(backend, 'Acme Ltd');
    const sam = await call(backend, 'people.create', { name: 'Sam Patel', employerId: acme.id, isPrimary: true });
    const jo = await call(backend, 'people.create', { name: 'Jo Evans', employerId: acme.id });
    const joRole = jo.affiliations[0]!;

    const refused = await backend.invoke('affiliations.setPrimary', { id: joRole.id });
    expect(refused).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'conflict',
        message: expect.stringContaining('Sam Patel is the main contact at Acme Ltd'),
      }),
    });
    expect((await call(backend, 'employers.overview', { id: acme.id })).primaryContact?.personName).toBe('Sam Patel');

    // Adding someone new as the main contact is refused too, unless asked to replace.
    const newMain = await backend.invoke('people.create', { name: 'Ali Khan', employerId: acme.id, isPrimary: true });
    expect(newMain).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await call(backend, 'employers.overview', { id: acme.id })).primaryContact?.personName).toBe('Sam Patel');

    await call(backend, 'affiliations.setPrimary', { id: joRole.id, replacePrimary: true });
    const overview = await call(backend, 'employers.overview', { id: acme.id });
    expect(overview.primaryContact?.personName).toBe('Jo Evans');
    expect(overview.people.filter((role) => role.isPrimary)).toHaveLength(1);
    expect((await call(backend, 'people.get', { id: sam.id })).affiliations[0]!.isPrimary).toBe(false);
  });

  test('ending a role keeps the history on both sides, and "Moved to" links the new employer in one step', async ({
    backend,
  }) => {
    const acme = await employer(backend, 'Acme Ltd');
    const bolton = await employer(backend, 'Bolton Print');
    const sam = await call(backend, 'people.create', {
      name: 'Sam Patel',
      employerId: acme.id,
      isPrimary: true,
      startedOn: '2024-01-10',
    });
    const result = await call(backend, 'affiliations.end', {
      id: sam.affiliations[0]!.id,
      endedOn: '2026-10-31',
      movedTo: { employerId: bolton.id, roleTitle: 'Operations lead' },
    });
    // Still marked as the main contact they were, so health can tell the employer lost them.
    expect(result.ended).toMatchObject({ endedOn: '2026-10-31', isPrimary: true });
    expect(result.started).toMatchObject({
      employerName: 'Bolton Print',
      startedOn: '2026-10-31',
      roleTitle: 'Operations lead',
    });

    const person = await call(backend, 'people.get', { id: sam.id });
    expect(person.affiliations.map((role) => [role.employerName, role.endedOn])).toEqual([
      ['Bolton Print', null],
      ['Acme Ltd', '2026-10-31'],
    ]);
    const acmeOverview = await call(backend, 'employers.overview', { id: acme.id });
    expect(acmeOverview.primaryContact).toBeNull();
    expect(acmeOverview.people.map((role) => [role.personName, role.endedOn])).toEqual([['Sam Patel', '2026-10-31']]);
  });

  test('a role cannot end before it started, or end twice', async ({ backend }) => {
    const acme = await employer(backend, 'Acme Ltd');
    const sam = await call(backend, 'people.create', {
      name: 'Sam Patel',
      employerId: acme.id,
      startedOn: '2025-05-01',
    });
    const early = await backend.invoke('affiliations.end', { id: sam.affiliations[0]!.id, endedOn: '2025-04-30' });
    expect(early).toEqual({ ok: false, error: expect.objectContaining({ field: 'endedOn' }) });
    await call(backend, 'affiliations.end', { id: sam.affiliations[0]!.id, endedOn: '2025-06-01' });
    const twice = await backend.invoke('affiliations.end', { id: sam.affiliations[0]!.id });
    expect(twice).toEqual({ ok: false, error: expect.objectContaining({ code: 'conflict' }) });
  });

  test('an archived person leaves the list and can be restored', async ({ backend }) => {
    const sam = await call(backend, 'people.create', { name: 'Sam Patel' });
    await call(backend, 'people.archive', { id: sam.id });
    expect((await call(backend, 'people.list', {})).total).toBe(0);
    await call(backend, 'people.restore', { id: sam.id });
    expect((await call(backend, 'people.list', { query: 'pat' })).rows.map((p) => p.name)).toEqual(['Sam Patel']);
  });
});
