import { describe, expect } from 'vitest';
import { ftsQueries } from '../../../electron/services/search/fts-query';
import type { Snippet } from '../../../shared/search/schema';
import { call, test } from '../../support/temp-backend';

const text = (snippet: Snippet | null) =>
  snippet?.map((part) => (part.match ? `[${part.text}]` : part.text)).join('') ?? null;

describe('search', () => {
  test('finds employers, people and interactions by any word, with the match highlighted', async ({ backend }) => {
    const acme = await call(backend, 'employers.create', { name: 'Acme Logistics Ltd', locality: 'Salford' });
    await call(backend, 'people.create', {
      name: 'Zoë Brontë',
      employerId: acme.id,
      notes: 'Runs the forklift training',
    });
    await call(backend, 'interactions.create', {
      employerId: acme.id,
      kind: 'call',
      status: 'done',
      occurredAt: new Date(Date.now() - 3600_000).toISOString(),
      summary: 'Agreed guaranteed interviews',
      notes: 'They will interview four candidates for the forklift jobs next Tuesday.',
    });

    const forklift = await call(backend, 'search.query', { text: 'forklift' });
    expect(forklift.people.map((hit) => text(hit.snippet))).toEqual(['Runs the [forklift] training']);
    expect(forklift.interactions).toHaveLength(1);
    expect(text(forklift.interactions[0]!.snippet)).toContain('[forklift]');
    expect(forklift.interactions[0]!.context).toBe('Acme Logistics Ltd');

    const accents = await call(backend, 'search.query', { text: 'zoe bronte' });
    expect(accents.people.map((hit) => text(hit.title))).toEqual(['[Zoë] [Brontë]']);

    const prefix = await call(backend, 'search.query', { text: 'guarant' });
    expect(prefix.interactions.map((hit) => text(hit.title))).toEqual(['Agreed [guaranteed] interviews']);
  });

  test('"Limited" does not hide "Ltd", and the index follows edits, Trash and restore', async ({ backend }) => {
    const acme = await call(backend, 'employers.create', { name: 'Acme Ltd' });
    expect((await call(backend, 'search.query', { text: 'Acme Limited' })).employers.map((hit) => hit.id)).toEqual([
      acme.id,
    ]);

    await call(backend, 'employers.update', { id: acme.id, name: 'Zenith Foods Ltd' });
    expect((await call(backend, 'search.query', { text: 'acme' })).employers).toEqual([]);
    expect((await call(backend, 'search.query', { text: 'zenith' })).employers).toHaveLength(1);

    await call(backend, 'employers.archive', { id: acme.id });
    expect((await call(backend, 'search.query', { text: 'zenith' })).employers).toEqual([]);
    await call(backend, 'employers.restore', { id: acme.id });
    expect((await call(backend, 'search.query', { text: 'zenith' })).employers).toHaveLength(1);
  });

  test('a removed interaction drops out of search, and comes back when restored', async ({ backend }) => {
    const acme = await call(backend, 'employers.create', { name: 'Acme Ltd' });
    const made = await call(backend, 'interactions.create', {
      employerId: acme.id,
      kind: 'email',
      status: 'done',
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
      summary: 'Sent the apprenticeship leaflet',
    });
    expect((await call(backend, 'search.query', { text: 'apprenticeship' })).interactions).toHaveLength(1);
    await call(backend, 'interactions.archive', { id: made.id });
    expect((await call(backend, 'search.query', { text: 'apprenticeship' })).interactions).toEqual([]);
    await call(backend, 'interactions.restore', { id: made.id });
    expect((await call(backend, 'search.query', { text: 'apprenticeship' })).interactions).toHaveLength(1);
  });

  test('turns typing into a safe prefix query, whatever is typed', ({ expect }) => {
    expect(ftsQueries('Acme Limited')).toEqual({ exact: '"acme"', prefix: '"acme"*' });
    expect(ftsQueries('"); drop table employer; --')?.prefix).toBe('"drop"* "table"* "employer"*');
    expect(ftsQueries('Ltd')?.exact).toBe('"ltd"');
    expect(ftsQueries('  !!! ')).toBeNull();
  });
});

describe('search order', () => {
  test('whole-word matches come before words that only start the same way', async ({ backend }) => {
    const acme = await call(backend, 'employers.create', { name: 'Acme Ltd' });
    const log = (summary: string) =>
      call(backend, 'interactions.create', {
        employerId: acme.id,
        kind: 'call',
        status: 'done',
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
        summary,
      });
    await log('Talked about care homes');
    await log('Talked about careers advice');
    const hits = await call(backend, 'search.query', { text: 'care', limit: 1 });
    expect(hits.interactions.map((hit) => text(hit.title))).toEqual(['Talked about [care] homes']);
    const both = await call(backend, 'search.query', { text: 'care' });
    expect(both.interactions.map((hit) => text(hit.title))).toEqual([
      'Talked about [care] homes',
      'Talked about [careers] advice',
    ]);
  });
});

describe('searching trust and promises', () => {
  test('finds trust notes and promises by their words, and drops removed notes', async ({ backend }) => {
    const acme = await call(backend, 'employers.create', { name: 'Acme Ltd' });
    const note = await call(backend, 'trust.create', {
      employerId: acme.id,
      level: 'inter_organisational',
      direction: 'weakened',
      observation: 'Unhappy that nobody turned up for the forklift trial',
    });
    const promise = await call(backend, 'commitments.create', {
      employerId: acme.id,
      party: 'us',
      description: 'Send two forklift drivers',
    });
    await call(backend, 'commitments.resolve', { id: promise.id, status: 'kept', note: 'Both started on Monday' });

    const forklift = await call(backend, 'search.query', { text: 'forklift' });
    expect(forklift.trustNotes.map((hit) => [text(hit.title), hit.context, hit.employerId])).toEqual([
      ['Unhappy that nobody turned up for the [forklift] trial', 'Acme Ltd', acme.id],
    ]);
    expect(forklift.promises.map((hit) => text(hit.title))).toEqual(['Send two [forklift] drivers']);
    expect((await call(backend, 'search.query', { text: 'monday' })).promises.map((hit) => text(hit.snippet))).toEqual([
      'Both started on [Monday]',
    ]);

    await call(backend, 'trust.archive', { id: note.id });
    expect((await call(backend, 'search.query', { text: 'forklift' })).trustNotes).toEqual([]);
  });
});
