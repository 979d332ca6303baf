import { describe, expect } from 'vitest';
import type { Backend } from '../../../electron/backend';
import { call, test } from '../../support/temp-backend';

const daysAgo = (days: number, hour = 10) => {
  const date = new Date(Date.now() - days * 86_400_000);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
};

async function busyEmployer(backend: Backend) {
  const acme = await call(backend, 'employers.create', { name: 'Acme Ltd' });
  const sam = await call(backend, 'people.create', { name: 'Sam Patel', employerId: acme.id, startedOn: '2020-01-01' });
  const jo = await call(backend, 'people.create', { name: 'Jo Evans', employerId: acme.id, startedOn: '2020-01-01' });
  const log = (days: number, kind: string, summary: string, personIds: string[] = []) =>
    call(backend, 'interactions.create', {
      employerId: acme.id,
      kind,
      status: 'done',
      occurredAt: daysAgo(days),
      summary,
      personIds,
    });
  const made = [];
  for (let day = 30; day >= 1; day--) {
    made.push(await log(day, day % 3 === 0 ? 'email' : 'call', `Contact ${day} days ago`, [day % 2 ? sam.id : jo.id]));
  }
  return { acme, sam, jo, made };
}

describe('the relationship timeline', () => {
  test('puts planned contact under "Coming up", soonest first, apart from the history', async ({ backend }) => {
    const { acme } = await busyEmployer(backend);
    const plan = (days: number, summary: string) =>
      call(backend, 'interactions.create', {
        employerId: acme.id,
        kind: 'meeting',
        status: 'planned',
        occurredAt: daysAgo(-days),
        summary,
      });
    await plan(20, 'Review in three weeks');
    await plan(2, 'Visit on Thursday');
    await plan(9, 'Call next week');
    const page = await call(backend, 'timeline.forEmployer', { employerId: acme.id, limit: 10 });
    expect(page.comingUp.map((item) => item.type === 'interaction' && item.interaction.summary)).toEqual([
      'Visit on Thursday',
      'Call next week',
      'Review in three weeks',
    ]);
    expect(page.items[0]).toMatchObject({ interaction: { summary: 'Contact 1 days ago' } });
    expect(page.items.some((item) => item.type === 'interaction' && item.interaction.status === 'planned')).toBe(false);
    const next = await call(backend, 'timeline.forEmployer', { employerId: acme.id, limit: 10, after: page.next! });
    expect(next.comingUp).toEqual([]);
    // Choosing a status lists exactly that, newest first.
    const planned = await call(backend, 'timeline.forEmployer', { employerId: acme.id, statuses: ['planned'] });
    expect(planned.comingUp).toEqual([]);
    expect(planned.items).toHaveLength(3);
  });

  test('lists everything newest first, including when people joined and left', async ({ backend }) => {
    const { acme, sam } = await busyEmployer(backend);
    await call(backend, 'affiliations.end', { id: sam.affiliations[0]!.id, endedOn: daysAgo(0).slice(0, 10) });
    const page = await call(backend, 'timeline.forEmployer', { employerId: acme.id, limit: 100 });
    expect(page.items[0]).toMatchObject({ type: 'affiliation_ended', personName: 'Sam Patel' });
    expect(page.items[1]).toMatchObject({ type: 'interaction', interaction: { summary: 'Contact 1 days ago' } });
    expect(page.items.filter((item) => item.type === 'affiliation_started')).toHaveLength(2);
    const ats = page.items.map((item) => item.at);
    expect([...ats].sort().reverse()).toEqual(ats);
    expect(page.next).toBeNull();
  });

  test('pages with a cursor that stays put when newer items arrive', async ({ backend }) => {
    const { acme } = await busyEmployer(backend);
    const first = await call(backend, 'timeline.forEmployer', { employerId: acme.id, limit: 10 });
    expect(first.items).toHaveLength(10);
    await call(backend, 'interactions.create', {
      employerId: acme.id,
      kind: 'call',
      status: 'done',
      occurredAt: daysAgo(0, 0),
      summary: 'A newer call',
    });
    const seen = new Set(first.items.map((item) => item.key));
    let next = first.next;
    let pages = 1;
    while (next) {
      const page = await call(backend, 'timeline.forEmployer', { employerId: acme.id, limit: 10, after: next });
      for (const item of page.items) {
        expect(seen.has(item.key)).toBe(false);
        seen.add(item.key);
      }
      next = page.next;
      pages++;
    }
    expect(pages).toBe(4);
    expect(seen.size).toBe(32);
  });

  test('filters by kind, person, status and date range', async ({ backend }) => {
    const { acme, sam } = await busyEmployer(backend);
    const emails = await call(backend, 'timeline.forEmployer', { employerId: acme.id, kinds: ['email'] });
    expect(emails.items).toHaveLength(10);
    expect(emails.items.every((item) => item.type === 'interaction' && item.interaction.kind === 'email')).toBe(true);

    const withSam = await call(backend, 'timeline.forEmployer', { employerId: acme.id, personId: sam.id, limit: 100 });
    const samInteractions = withSam.items.filter((item) => item.type === 'interaction');
    expect(samInteractions).toHaveLength(15);
    expect(withSam.items.flatMap((item) => (item.type === 'affiliation_started' ? [item.personName] : []))).toEqual([
      'Sam Patel',
    ]);

    const lastWeek = await call(backend, 'timeline.forEmployer', {
      employerId: acme.id,
      from: daysAgo(7).slice(0, 10),
      to: daysAgo(1).slice(0, 10),
    });
    expect(lastWeek.items.map((item) => item.type === 'interaction' && item.interaction.summary)).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((day) => `Contact ${day} days ago`),
    );
    const planned = await call(backend, 'timeline.forEmployer', { employerId: acme.id, statuses: ['planned'] });
    expect(planned.items).toEqual([]);
  });

  test("a person's timeline follows them across employers", async ({ backend }) => {
    const { acme, sam } = await busyEmployer(backend);
    const bolton = await call(backend, 'employers.create', { name: 'Bolton Print' });
    await call(backend, 'affiliations.end', {
      id: sam.affiliations[0]!.id,
      endedOn: daysAgo(0).slice(0, 10),
      movedTo: { employerId: bolton.id },
    });
    await call(backend, 'interactions.create', {
      employerId: bolton.id,
      kind: 'meeting',
      status: 'done',
      occurredAt: new Date().toISOString(),
      summary: 'Coffee with Sam in the new job',
      personIds: [sam.id],
    });
    const page = await call(backend, 'timeline.forPerson', { personId: sam.id, limit: 100 });
    const employers = new Set(
      page.items.flatMap((item) => (item.type === 'interaction' ? [item.interaction.employerName] : [])),
    );
    expect(employers).toEqual(new Set(['Acme Ltd', 'Bolton Print']));
    expect(page.items[0]).toMatchObject({
      type: 'interaction',
      interaction: { summary: 'Coffee with Sam in the new job' },
    });
    expect(page.items.filter((item) => item.type !== 'interaction').map((item) => item.type)).toEqual([
      'affiliation_started',
      'affiliation_ended',
      'affiliation_started',
    ]);
    expect(acme.name).toBe('Acme Ltd');
  });
});
