// The backend's own thread: how long the caller's thread (Electron's main process, the browser
// host's driver) is ever held while the heaviest calls run, and what the hop between threads adds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend, type Backend } from '../../electron/backend';
import { openBackendInThread } from '../../electron/backend-in-thread';
import type { ProcedureInput, ProcedureName } from '../../shared/contract';
import { call } from '../../tests/support/call';
import { importFiles } from './imports';
import { round, summary } from './stats';

/** The longest the caller's thread went without a turn while `work` ran: a 1 ms timer's longest gap. */
async function longestStall(work: () => Promise<unknown>) {
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  const started = performance.now();
  try {
    await work();
  } finally {
    clearInterval(ticker);
  }
  return { longestStallMs: round(longest), workMs: round(performance.now() - started) };
}

const scratchDirs: string[] = [];
const scratch = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgework-bench-thread-'));
  scratchDirs.push(dir);
  return dir;
};

async function withBackend<T>(dataDir: string, work: (backend: Backend) => Promise<T>, exportsDir?: string) {
  const backend = await openBackend({ dataDir, exportsDir });
  try {
    return await work(backend);
  } finally {
    await backend.close();
  }
}

export async function measureStalls(largeDataDir: string) {
  const year = { from: '2025-04-01', to: '2026-03-31' };
  const exportsDir = scratch();
  const cases: { case: string; run: () => Promise<{ longestStallMs: number; workMs: number }> }[] = [
    {
      case: 'app.loadSampleData (300 employers, 20,000 contacts)',
      run: () => withBackend(scratch(), (backend) => longestStall(() => call(backend, 'app.loadSampleData'))),
    },
    {
      case: 'imports.preview + commit, 100,000 employers with a contact each',
      run: () =>
        withBackend(scratch(), (backend) => {
          const file = {
            name: 'employers.csv',
            contentBase64: Buffer.from(importFiles(100_000).employers).toString('base64'),
          };
          return longestStall(async () => {
            const preview = await call(backend, 'imports.preview', { target: 'employers', file });
            await call(backend, 'imports.commit', {
              importId: preview.importId,
              target: 'employers',
              mapping: preview.mapping,
            });
          });
        }),
    },
    {
      case: 'backups.create, large set',
      run: () =>
        withBackend(largeDataDir, async (backend) => {
          let made = '';
          const stall = await longestStall(async () => (made = (await call(backend, 'backups.create')).file));
          fs.rmSync(made, { force: true });
          return stall;
        }),
    },
    {
      case: 'reports.funder, whole record, 12 months',
      run: () => withBackend(largeDataDir, (backend) => longestStall(() => call(backend, 'reports.funder', year))),
    },
    {
      case: 'exports.all, large set',
      run: () =>
        withBackend(largeDataDir, (backend) => longestStall(() => call(backend, 'exports.all', {})), exportsDir),
    },
  ];
  const results = [];
  try {
    for (const { case: name, run } of cases) results.push({ case: name, ...(await run()) });
  } finally {
    for (const dir of scratchDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

/** The same calls through the backend's thread and in this thread, alternating call by call. */
export async function measureThreadHop(dataDir: string, employerId: string, iterations: number) {
  const threaded = await openBackend({ dataDir });
  const here = await openBackendInThread({ dataDir, shareFolder: true });
  const cases: { case: string; procedure: ProcedureName; input: ProcedureInput<ProcedureName> }[] = [
    { case: 'employers.get', procedure: 'employers.get', input: { id: employerId } },
    { case: 'timeline.forEmployer, first page', procedure: 'timeline.forEmployer', input: { employerId } },
  ];
  const results = [];
  for (const { case: name, procedure, input } of cases) {
    const times = { thread: [] as number[], here: [] as number[] };
    for (let i = 0; i < iterations + 50; i++) {
      for (const [backend, into] of [
        [threaded, times.thread],
        [here, times.here],
      ] as const) {
        const started = performance.now();
        const result = await backend.invoke(procedure, input as never);
        if (!result.ok) throw new Error(`${procedure}: ${result.error.message}`);
        if (i >= 50) into.push(performance.now() - started);
      }
    }
    const thread = summary(times.thread);
    const inThread = summary(times.here);
    results.push({
      case: name,
      threadP50Ms: thread.p50Ms,
      threadP95Ms: thread.p95Ms,
      inThreadP50Ms: inThread.p50Ms,
      inThreadP95Ms: inThread.p95Ms,
      addedP95Ms: round(thread.p95Ms - inThread.p95Ms),
    });
  }
  await threaded.close();
  await here.close();
  return results;
}

/**
 * changes.undo and changes.redo of the largest change a person can make in one form: a contact
 * with 20 new people, 20 promises and 10 trust notes, at the busiest employer. Each redo puts it
 * back, and a last undo leaves the record as it was.
 */
export async function measureUndo(dataDir: string, employerId: string, iterations: number) {
  const backend = await openBackend({ dataDir });
  try {
    const contact = await backend.invoke('interactions.create', {
      employerId,
      kind: 'meeting',
      status: 'done',
      occurredAt: new Date().toISOString(),
      summary: 'Planning day for the spring recruitment',
      newPeople: Array.from({ length: 20 }, (_, n) => ({ name: `Bench Person ${n}`, roleTitle: 'Supervisor' })),
      commitments: Array.from({ length: 20 }, (_, n) => ({ party: 'us' as const, description: `Send CV ${n}` })),
      trustNotes: Array.from({ length: 10 }, (_, n) => ({
        level: 'inter_organisational',
        direction: 'strengthened',
        observation: `Note ${n}`,
      })),
    });
    if (!contact.ok) throw new Error(`The contact to undo could not be logged: ${contact.error.message}`);
    if (!contact.change) throw new Error('Logging the contact made no change set');
    const id = contact.change.id;
    const times = { undo: [] as number[], redo: [] as number[] };
    for (let i = 0; i < iterations; i++) {
      for (const direction of ['undo', 'redo'] as const) {
        const started = performance.now();
        const result = await backend.invoke(direction === 'undo' ? 'changes.undo' : 'changes.redo', { id });
        if (!result.ok) throw new Error(`${direction}: ${result.error.message}`);
        times[direction].push(performance.now() - started);
      }
    }
    await backend.invoke('changes.undo', { id });
    return {
      case: 'a contact with 20 new people, 20 promises and 10 trust notes (busiest employer)',
      undo: summary(times.undo),
      redo: summary(times.redo),
    };
  } finally {
    await backend.close();
  }
}
