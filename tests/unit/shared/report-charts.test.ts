import { expect, it } from 'vitest';
import type { FunderReport } from '../../../shared/reports/schema';
import { reportCharts } from '../../../shared/reports/tables';

const kinds = ['call', 'email', 'meeting', 'site_visit', 'event', 'networking', 'presentation', 'recruitment_day'];
const contactsByMonth = ['2026-01', '2026-02'].flatMap((month) =>
  [...kinds, 'open_day', 'social_media', 'letter', 'other'].map((kind, index) => ({ month, kind, count: 20 - index })),
);
const depth = { byDepth: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }, notAssessed: 0, relational: { count: 0, of: 0 } };
const report = { contactsByMonth, depthAtStart: depth, depthAtEnd: depth } as unknown as FunderReport;

it('draws the six biggest kinds of contact in colours of their own and the rest as Other, adding up the same', () => {
  const { contacts } = reportCharts(report, (_list, code) => code ?? '');
  expect(contacts.series.map((series) => series.name)).toEqual([...kinds.slice(0, 6), 'Other']);
  expect(new Set(contacts.series.map((series) => series.colour)).size).toBe(7);
  const drawn = contacts.series.reduce((sum, series) => sum + series.values[0]!, 0);
  expect(drawn).toBe(contactsByMonth.filter((row) => row.month === '2026-01').reduce((sum, row) => sum + row.count, 0));
});
