// npm run bench: speed figures on the large demo set (20,000 employers). Prints a table and
// writes bench/results.json. Each list case runs through the whole backend (validation,
// Kysely, change-free query path) and, for comparison, as the same SQL in raw better-sqlite3.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { openBackend } from '../electron/backend';
import { databaseFileName, openDatabase } from '../electron/db/open';
import { latestSchemaVersion } from '../electron/db/migrations';
import { employerPageQuery, filteredEmployers } from '../electron/services/employers/list';
import type { ListEmployersInput } from '../shared/employers/schema';
import { listEmployersInput } from '../shared/employers/schema';
import { writeDemoDatabase } from './demo-database';

const dataDir = path.resolve('bench/data/large');
const iterations = 1000;
const targets = { openMs: 100, listP95Ms: 10, listRatio: 1.5 };

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
];

await ensureLargeDataSet();
const open = await measureOpen();
const list: ({ case: string } & Awaited<ReturnType<typeof measureList>>)[] = [];
for (const benchCase of cases) list.push({ case: benchCase.name, ...(await measureList(benchCase.input)) });

const results = {
  measuredAt: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  },
  dataSet: { employers: 20_000, file: path.join(dataDir, databaseFileName) },
  targets,
  open,
  list,
};
fs.mkdirSync('bench', { recursive: true });
fs.writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
printTable();

async function ensureLargeDataSet() {
  const file = path.join(dataDir, databaseFileName);
  if (fs.existsSync(file)) {
    const db = new SQLite(file, { readonly: true });
    const fresh =
      db.pragma('user_version', { simple: true }) === latestSchemaVersion &&
      db.prepare('select count(*) from employer').pluck().get() === 20_000;
    db.close();
    if (fresh) return;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  console.log('Writing the large demo data set (20,000 employers)…');
  await writeDemoDatabase(dataDir, 'large');
}

async function measureOpen() {
  const times: number[] = [];
  for (let run = 0; run < 21; run++) {
    const started = performance.now();
    const backend = await openBackend({ dataDir });
    times.push(performance.now() - started);
    await backend.close();
  }
  const [cold, ...warm] = times;
  return { coldMs: round(cold!), warmP50Ms: round(percentile(warm, 50)), warmP95Ms: round(percentile(warm, 95)) };
}

async function measureList(input: ListEmployersInput) {
  const backend = await openBackend({ dataDir });
  const ours = await time(async () => {
    const result = await backend.invoke('employers.list', input);
    if (!result.ok) throw new Error(`employers.list failed: ${result.error.message}`);
  });

  const { db } = await openDatabase({ dataDir });
  const parsed = listEmployersInput.parse(input);
  const page = employerPageQuery(db, parsed).compile();
  const count = filteredEmployers(db, parsed)
    .select((eb) => eb.fn.countAll().as('total'))
    .compile();
  await db.destroy();
  const raw = new SQLite(path.join(dataDir, databaseFileName), { readonly: true });
  const pageStatement = raw.prepare(page.sql);
  const countStatement = raw.prepare(count.sql);
  const rawTimes = await time(async () => {
    pageStatement.all(...(page.parameters as unknown[]));
    countStatement.get(...(count.parameters as unknown[]));
  });
  raw.close();
  await backend.close();
  return {
    p50Ms: round(percentile(ours, 50)),
    p95Ms: round(percentile(ours, 95)),
    rawP50Ms: round(percentile(rawTimes, 50)),
    rawP95Ms: round(percentile(rawTimes, 95)),
    ratioP95: round(percentile(ours, 95) / percentile(rawTimes, 95)),
  };
}

async function time(run: () => Promise<void>): Promise<number[]> {
  for (let warmUp = 0; warmUp < 20; warmUp++) await run();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function printTable() {
  const pass = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET');
  console.log(
    `\nBridgework benchmark — ${results.dataSet.employers.toLocaleString('en-GB')} employers, ${results.machine.cpus} cores, Node ${process.version}\n`,
  );
  console.log(
    `Open the database (new connection, migration check): cold ${open.coldMs} ms, then p50 ${open.warmP50Ms} ms, p95 ${open.warmP95Ms} ms   [target < ${targets.openMs} ms: ${pass(open.coldMs < targets.openMs)}]\n`,
  );
  console.table(
    list.map((row) => ({
      'employers.list': row.case,
      'p50 ms': row.p50Ms,
      'p95 ms': row.p95Ms,
      'raw p50 ms': row.rawP50Ms,
      'raw p95 ms': row.rawP95Ms,
      'p95 ÷ raw': row.ratioP95,
      target: pass(row.p95Ms < targets.listP95Ms && row.ratioP95 <= targets.listRatio),
    })),
  );
  console.log('Written to bench/results.json');
}
