import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
// In this thread: opening the record, and the backend's own cost next to raw SQL. The hop to
// the backend's thread is measured on its own (thread.ts).
import { openBackendInThread } from '../../electron/backend-in-thread';
import { databaseFileName, openDatabase } from '../../electron/db/open';
import { employerPageQuery, filteredEmployers } from '../../electron/services/employers/list';
import { healthClock } from '../../electron/services/health/signals';
import { listEmployersInput, type ListEmployersInput } from '../../shared/employers/schema';
import { comparison, percentile, round, timeSideBySide } from './stats';

const cases: { name: string; input: ListEmployersInput }[] = [
  { name: 'first page, by name', input: { sort: { column: 'name', direction: 'asc' } } },
  {
    name: 'by phase, two sectors',
    input: { sector: ['retail', 'hospitality'], sort: { column: 'phase', direction: 'desc' } },
  },
  {
    name: 'by size, phase + area',
    input: {
      phase: ['maintaining', 'developing'],
      locality: ['Salford', 'Bury'],
      sort: { column: 'sizeBand', direction: 'asc' },
    },
  },
  { name: 'name contains "care"', input: { query: 'care', sort: { column: 'updatedAt', direction: 'desc' } } },
  { name: 'page 150 of 200, by area', input: { offset: 15_000, sort: { column: 'locality', direction: 'asc' } } },
  { name: 'needs attention: going cold', input: { health: ['going_cold'] } },
  { name: 'needs attention: single-threaded', input: { health: ['single_threaded'] } },
  { name: 'needs attention: we owe them', input: { health: ['we_owe'] } },
  {
    name: 'any of the six signals, by last contact',
    input: {
      health: ['going_cold', 'single_threaded', 'orphaned', 'we_owe', 'they_owe', 'trust_weakening'],
      sort: { column: 'lastContactAt', direction: 'asc' },
    },
  },
];

/** The cases that filter by a health signal, which have their own target. */
export const healthCase = (name: string) => name.startsWith('needs attention') || name.startsWith('any of');

export async function measureOpen(dataDir: string) {
  const times: number[] = [];
  for (let run = 0; run < 21; run++) {
    const started = performance.now();
    const backend = await openBackendInThread({ dataDir });
    times.push(performance.now() - started);
    await backend.close();
  }
  const [cold, ...warm] = times;
  return { coldMs: round(cold!), warmP50Ms: round(percentile(warm, 50)), warmP95Ms: round(percentile(warm, 95)) };
}

export async function measureEmployerList(dataDir: string, iterations: number) {
  const backend = await openBackendInThread({ dataDir });
  const { db } = await openDatabase({ dataDir });
  const raw = new SQLite(path.join(dataDir, databaseFileName), { readonly: true });
  const results = [];
  for (const { name, input } of cases) {
    const parsed = listEmployersInput.parse(input);
    const clock = healthClock(new Date().toISOString());
    const page = employerPageQuery(db, parsed, clock).compile();
    const count = filteredEmployers(db, parsed, clock)
      .select((eb) => eb.fn.countAll().as('total'))
      .compile();
    const pageStatement = raw.prepare(page.sql);
    const countStatement = raw.prepare(count.sql);
    const { ours, raw: rawTimes } = await timeSideBySide(
      async () => {
        const result = await backend.invoke('employers.list', input);
        if (!result.ok) throw new Error(result.error.message);
      },
      () => {
        pageStatement.all(...(page.parameters as unknown[]));
        countStatement.get(...(count.parameters as unknown[]));
      },
      iterations,
    );
    results.push({ case: name, ...comparison(ours, rawTimes) });
  }
  raw.close();
  await db.destroy();
  await backend.close();
  return results;
}
