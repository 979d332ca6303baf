import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend';
import { clockedBackends } from '../../support/clocked-backend';
import { call } from '../../support/temp-backend';

const start = clockedBackends();

const signals = async (backend: Backend, employerId: string) =>
  (await call(backend, 'health.forEmployer', { employerId })).signals.map((signal) => signal.code);

async function contact(backend: Backend, employerId: string, on: string, personIds: string[] = []) {
  return call(backend, 'interactions.create', {
    employerId,
    kind: 'call',
    status: 'done',
    occurredAt: `${on}T10:00:00.000Z`,
    summary: 'Catch-up call',
    personIds,
  });
}

async function maintainingEmployer(backend: Backend, name = 'Acme Ltd') {
  const employer = await call(backend, 'employers.create', { name });
  await call(backend, 'employers.movePhase', { employerId: employer.id, toPhase: 'maintaining' });
  return employer;
}

describe('going cold', () => {
  it('starts the day after the cadence for the phase runs out, and follows the setting', async () => {
    const { backend, setToday } = await start('2026-09-01');
    const acme = await maintainingEmployer(backend);
    await contact(backend, acme.id, '2026-09-01');
    setToday('2026-10-01');
    expect(await signals(backend, acme.id)).toEqual([]);
    setToday('2026-10-02');
    const health = await call(backend, 'health.forEmployer', { employerId: acme.id });
    expect(health.signals).toEqual([
      {
        code: 'going_cold',
        title: 'Going cold',
        sentence: 'No contact for 31 days. In the maintaining phase you aim to be in touch at least every 30 days.',
      },
    ]);
    await call(backend, 'settings.update', { cadenceDays: { maintaining: 45 } });
    expect(await signals(backend, acme.id)).toEqual([]);
    expect((await call(backend, 'settings.get')).cadenceDays).toEqual({
      establishing: 14,
      maintaining: 45,
      developing: 21,
    });
  });

  it('is not raised for dormant or ended relationships, or by planned contact', async () => {
    const { backend, setToday } = await start('2026-09-01');
    const acme = await maintainingEmployer(backend);
    setToday('2026-12-01');
    expect(await signals(backend, acme.id)).toEqual(['going_cold']);
    await call(backend, 'interactions.create', {
      employerId: acme.id,
      kind: 'meeting',
      status: 'planned',
      occurredAt: '2026-12-05T10:00:00.000Z',
      summary: 'Planned visit',
    });
    expect(await signals(backend, acme.id)).toEqual(['going_cold']);
    await call(backend, 'employers.movePhase', { employerId: acme.id, toPhase: 'dormant', reason: 'no_vacancies' });
    expect(await signals(backend, acme.id)).toEqual([]);
  });
});

describe('single-threaded and orphaned', () => {
  it('flags all contact in 6 months through one person, and clears when a second person is met', async () => {
    const { backend, setToday } = await start('2026-06-01');
    const acme = await maintainingEmployer(backend);
    const sam = await call(backend, 'people.create', { name: 'Sam Patel', employerId: acme.id, isPrimary: true });
    const jo = await call(backend, 'people.create', { name: 'Jo Reid', employerId: acme.id });
    await contact(backend, acme.id, '2026-06-01', [jo.id]);
    setToday('2026-11-20');
    await contact(backend, acme.id, '2026-11-20', [sam.id]);
    expect(await signals(backend, acme.id)).toEqual([]);
    setToday('2026-12-02');
    const health = await call(backend, 'health.forEmployer', { employerId: acme.id });
    expect(health.signals.map((signal) => signal.sentence)).toEqual([
      'All contact in the last 6 months has been with Sam Patel. If they leave, the relationship could go with them.',
    ]);
    await contact(backend, acme.id, '2026-12-02', [jo.id]);
    expect(await signals(backend, acme.id)).toEqual([]);
  });

  it('flags an employer whose main contact left with nobody current, until someone new is added', async () => {
    const { backend } = await start('2026-11-20');
    const acme = await maintainingEmployer(backend);
    const since = { startedOn: '2026-01-05' };
    const sam = await call(backend, 'people.create', {
      name: 'Sam Patel',
      employerId: acme.id,
      isPrimary: true,
      ...since,
    });
    const jo = await call(backend, 'people.create', { name: 'Jo Reid', employerId: acme.id, ...since });
    await call(backend, 'affiliations.end', { id: sam.affiliations[0]!.id, endedOn: '2026-11-10' });
    expect(await signals(backend, acme.id)).toEqual([]);
    await call(backend, 'affiliations.end', { id: jo.affiliations[0]!.id, endedOn: '2026-11-12' });
    const health = await call(backend, 'health.forEmployer', { employerId: acme.id });
    expect(health.signals.map((signal) => signal.sentence)).toEqual([
      'Sam Patel, the main contact, left on 10 Nov 2026 and nobody else there is a current contact.',
    ]);
    await call(backend, 'people.create', { name: 'Ali Khan', employerId: acme.id });
    expect(await signals(backend, acme.id)).toEqual([]);
  });
});

describe('promises owed', () => {
  it('counts a promise as overdue from the day after it was due, for each side', async () => {
    const { backend, setToday } = await start('2026-11-01');
    const acme = await maintainingEmployer(backend);
    await contact(backend, acme.id, '2026-11-01');
    await call(backend, 'commitments.create', {
      employerId: acme.id,
      party: 'us',
      description: 'Send screened candidates',
      dueOn: '2026-11-06',
    });
    const interviews = await call(backend, 'commitments.create', {
      employerId: acme.id,
      party: 'employer',
      description: 'Interview four candidates',
      dueOn: '2026-11-10',
    });
    setToday('2026-11-06');
    expect(await signals(backend, acme.id)).toEqual([]);
    setToday('2026-11-07');
    expect(await signals(backend, acme.id)).toEqual(['we_owe']);
    setToday('2026-11-11');
    const health = await call(backend, 'health.forEmployer', { employerId: acme.id });
    expect(health.signals.map((signal) => signal.sentence)).toEqual([
      'We have 1 overdue promise. The oldest, “Send screened candidates”, was due on 6 Nov 2026.',
      'They have 1 overdue promise. The oldest, “Interview four candidates”, was due on 10 Nov 2026.',
    ]);
    await call(backend, 'commitments.resolve', { id: interviews.id, status: 'kept' });
    expect(await signals(backend, acme.id)).toEqual(['we_owe']);
  });
});

describe('trust weakening', () => {
  it('needs the latest note at two levels to say weakened; a later steady note clears a level', async () => {
    const { backend } = await start('2026-11-20');
    const acme = await maintainingEmployer(backend);
    await contact(backend, acme.id, '2026-11-20');
    const note = (level: string, direction: string, observedOn: string) =>
      call(backend, 'trust.create', {
        employerId: acme.id,
        level,
        direction,
        observation: 'What we saw',
        observedOn,
      });
    await note('institutional', 'weakened', '2026-11-01');
    expect(await signals(backend, acme.id)).toEqual([]);
    const second = await note('inter_organisational', 'weakened', '2026-11-02');
    const health = await call(backend, 'health.forEmployer', { employerId: acme.id });
    expect(health.signals.map((signal) => signal.sentence)).toEqual([
      'The latest trust notes say trust weakened at 2 levels: institutional and between our organisations.',
    ]);
    await note('inter_organisational', 'steady', '2026-11-15');
    expect(await signals(backend, acme.id)).toEqual([]);
    await note('inter_organisational', 'weakened', '2026-11-16');
    expect(await signals(backend, acme.id)).toEqual(['trust_weakening']);
    await call(backend, 'trust.archive', { id: second.id });
    expect(await signals(backend, acme.id)).toEqual(['trust_weakening']);
  });
});

describe('the employer list', () => {
  it('filters by health signal, depth and time since contact, and shows each row’s signals', async () => {
    const { backend, setToday } = await start('2026-09-01');
    const cold = await maintainingEmployer(backend, 'Cold Cuts Ltd');
    const warm = await maintainingEmployer(backend, 'Warm Welcome Cafe');
    await contact(backend, cold.id, '2026-09-01');
    setToday('2026-11-20');
    await contact(backend, warm.id, '2026-11-19');
    await call(backend, 'assessments.create', { employerId: warm.id, depth: 4 });

    const list = (input: object) => call(backend, 'employers.list', input);
    const byHealth = await list({ health: ['going_cold'] });
    expect(byHealth.rows.map((row) => [row.name, row.health])).toEqual([['Cold Cuts Ltd', ['going_cold']]]);
    expect(byHealth.total).toBe(1);
    expect((await list({ depth: [4] })).rows.map((row) => row.name)).toEqual(['Warm Welcome Cafe']);
    expect((await list({ depth: [0] })).rows.map((row) => row.name)).toEqual(['Cold Cuts Ltd']);
    expect((await list({ noContactForDays: 30 })).rows.map((row) => row.name)).toEqual(['Cold Cuts Ltd']);
    const sorted = await list({ sort: { column: 'lastContactAt', direction: 'desc' } });
    expect(sorted.rows.map((row) => [row.name, row.lastContactAt])).toEqual([
      ['Warm Welcome Cafe', '2026-11-19T10:00:00.000Z'],
      ['Cold Cuts Ltd', '2026-09-01T10:00:00.000Z'],
    ]);
  });
});
