import { describe, expect, it } from 'vitest';
import { demoEmployers } from '../../../electron/services/demo/employers';
import { toEmployer } from '../../../electron/services/employers/rows';
import { employerFields } from '../../../shared/employers/schema';
import { vocabularyLists } from '../../../shared/vocabulary';

describe('demo employers', () => {
  const rows = demoEmployers({ count: 500 });

  it('are the same every time for the same seed, and different for another', () => {
    expect(demoEmployers({ count: 500 })).toEqual(rows);
    expect(demoEmployers({ count: 5, seed: 7 })[0]!.name).not.toBe(rows[0]!.name);
  });

  it('use only codes from the controlled lists, and cover every phase and size', () => {
    const known = (list: keyof typeof vocabularyLists) => new Set(vocabularyLists[list].map((t) => t.code as string));
    for (const row of rows) {
      expect(known('phase').has(row.phase)).toBe(true);
      expect(known('sector').has(row.sector!)).toBe(true);
      expect(known('size_band').has(row.sizeBand!)).toBe(true);
      expect(known('approach').has(row.approach!)).toBe(true);
    }
    expect(new Set(rows.map((r) => r.phase)).size).toBe(vocabularyLists.phase.length);
    expect(new Set(rows.map((r) => r.sizeBand)).size).toBe(vocabularyLists.size_band.length);
  });

  it('would pass the same checks as an employer typed into the form', () => {
    for (const row of rows.slice(0, 100)) {
      const parsed = employerFields.safeParse(toEmployer(row));
      expect(parsed.success ? 'valid' : parsed.error.issues[0]?.message).toBe('valid');
    }
  });

  it('have unique, time-ordered UUIDv7 ids', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const row of rows) {
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
      expect(parseInt(row.id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.parse(row.createdAt));
    }
  });
});
