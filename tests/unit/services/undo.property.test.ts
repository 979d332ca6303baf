// Any sequence of changes, undone one by one from the newest, gives back the record row for row;
// redone from the oldest, it gives back the record as it was before the undos.
import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend';
import { openBackendInThread } from '../../../electron/backend-in-thread';
import { databaseFileName } from '../../../electron/db/open';
import { call } from '../../support/call';
import { makeDataDir } from '../../support/temp-backend';

const unrecorded = /^(change_log|change_set|kysely_migration|kysely_migration_lock|sqlite_.*|.*_fts.*)$/;

/** Every row of every table of the record (the change log aside), in key order. */
function snapshot(dataDir: string): Record<string, unknown[]> {
  const db = new SQLite(path.join(dataDir, databaseFileName));
  const tables = db.prepare(`select name from sqlite_master where type = 'table'`).pluck().all() as string[];
  const rows: Record<string, unknown[]> = {};
  for (const table of tables.filter((name) => !unrecorded.test(name))) {
    const key = db.prepare(`select name from pragma_table_info(?) where pk > 0 order by pk`).pluck().all(table);
    rows[table] = db.prepare(`select * from ${table} order by ${key.join(', ')}`).all();
  }
  for (const fts of tables.filter((name) => /^[a-z_]+_fts$/.test(name))) {
    db.prepare(`insert into ${fts} (${fts}) values ('integrity-check')`).run();
  }
  db.close();
  return rows;
}

const names = ['Greggs plc', 'Harbour Kitchens Ltd', 'Northgate Care Homes', 'B&Q Salford'];
const words = ['trials', 'porters', 'winter shifts', 'CV feedback', 'open day'];
const step = fc.oneof(
  fc.record({ op: fc.constant('employer' as const), name: fc.constantFrom(...names) }),
  fc.record({ op: fc.constant('edit' as const), which: fc.nat(), notes: fc.constantFrom(...words, null) }),
  fc.record({ op: fc.constant('trash' as const), which: fc.nat(), restore: fc.boolean() }),
  fc.record({ op: fc.constant('phase' as const), which: fc.nat(), to: fc.constantFrom('establishing', 'maintaining') }),
  fc.record({
    op: fc.constant('contact' as const),
    which: fc.nat(),
    summary: fc.constantFrom(...words),
    newPerson: fc.boolean(),
    promise: fc.boolean(),
    trust: fc.boolean(),
  }),
  fc.record({ op: fc.constant('keep' as const), which: fc.nat() }),
  fc.record({ op: fc.constant('person' as const), which: fc.nat(), name: fc.constantFrom('Sam Patel', 'Jo Evans') }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

async function run(backend: Backend, { op, ...how }: Step, employers: string[]) {
  const employerId = employers.length ? employers[(how as { which: number }).which % employers.length]! : null;
  if (op === 'employer') {
    employers.push((await call(backend, 'employers.create', { name: (how as { name: string }).name })).id);
    return;
  }
  if (!employerId) return;
  if (op === 'edit')
    await backend.invoke('employers.update', { id: employerId, notes: (how as { notes: string | null }).notes });
  if (op === 'trash') {
    await backend.invoke((how as { restore: boolean }).restore ? 'employers.restore' : 'employers.archive', {
      id: employerId,
    });
  }
  if (op === 'phase') await backend.invoke('employers.movePhase', { employerId, toPhase: (how as { to: string }).to });
  if (op === 'person') {
    await backend.invoke('people.create', { name: (how as { name: string }).name, employerId, roleTitle: 'Manager' });
  }
  if (op === 'contact') {
    const contact = how as { summary: string; newPerson: boolean; promise: boolean; trust: boolean };
    await backend.invoke('interactions.create', {
      employerId,
      kind: 'call',
      status: 'done',
      occurredAt: '2026-11-20T10:00:00.000Z',
      summary: contact.summary,
      newPeople: contact.newPerson ? [{ name: 'Priya Shah' }] : [],
      commitments: contact.promise ? [{ party: 'employer', description: `Offer ${contact.summary}` }] : [],
      trustNotes: contact.trust
        ? [{ level: 'inter_organisational', direction: 'strengthened', observation: contact.summary }]
        : [],
    });
  }
  if (op === 'keep') {
    const ledger = await backend.invoke('commitments.forEmployer', { employerId });
    const open = ledger.ok ? ledger.value.commitments.find((promise) => promise.status === 'open') : undefined;
    if (open) await backend.invoke('commitments.resolve', { id: open.id, status: 'kept' });
  }
}

describe('undo and redo, whatever was done', () => {
  it('undoing every change newest first gives back the record row for row, and redoing them gives it back again', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
        const dataDir = makeDataDir();
        const backend = await openBackendInThread({ dataDir });
        try {
          const start = snapshot(dataDir);
          const employers: string[] = [];
          for (const each of steps) await run(backend, each, employers);
          const done = snapshot(dataDir);
          const changes = (await call(backend, 'changes.list', { limit: 200 })).changes;
          for (const change of changes) await call(backend, 'changes.undo', { id: change.id });
          expect(snapshot(dataDir)).toEqual(start);
          for (const change of [...changes].reverse()) await call(backend, 'changes.redo', { id: change.id });
          expect(snapshot(dataDir)).toEqual(done);
        } finally {
          await backend.close();
        }
      }),
      { numRuns: 30 },
    );
  });
});
