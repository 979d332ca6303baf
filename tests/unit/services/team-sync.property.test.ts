// Three laptops sharing one folder, with the folder behaving as cloud drives do: files arriving
// late, in pieces and twice. Whatever happens, once everyone has synced, every laptop holds the
// same record, row for row, no change set is applied twice, and every value lost to an edit made
// at the same time on another laptop is listed in Conflicts on every laptop.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend';
import { databaseFileName } from '../../../electron/db/open';
import { call } from '../../support/call';
import { clockedBackend } from '../../support/clocked-backend';
import { makeDataDir } from '../../support/temp-backend';

const laptop = fc.integer({ min: 0, max: 2 });
const operation = fc.oneof(
  fc.record({ op: fc.constant('create' as const), laptop }),
  ...(
    [
      ['locality', ['Leeds', 'Salford', '']],
      ['website', ['www.example.org', 'www.example.com', '']],
      ['notes', ['Busy in December', 'Wants kitchen porters', '']],
    ] as const
  ).map(([field, values]) =>
    fc.record({
      op: fc.constant('edit' as const),
      laptop,
      pick: fc.nat(),
      field: fc.constant(field),
      value: fc.constantFrom(...values),
    }),
  ),
  fc.record({ op: fc.constant('log' as const), laptop, pick: fc.nat() }),
  fc.record({ op: fc.constant('trash' as const), laptop, pick: fc.nat() }),
  // Syncs and files held back often, so that a change meets one it depends on still arriving.
  { arbitrary: fc.record({ op: fc.constant('sync' as const), laptop }), weight: 4 },
  {
    arbitrary: fc.record({ op: fc.constantFrom('delay' as const, 'truncate' as const, 'duplicate' as const), laptop }),
    weight: 3,
  },
  fc.record({ op: fc.constant('deliver' as const) }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

const pause = () => new Promise((resolve) => setTimeout(resolve, 2));

/** An edit as the laptop that made it knew the record: the change sets it held at the time. */
type Edit = { id: string; employer: string; field: string; known: Set<string> };

const changeSetIds = (dataDir: string) => {
  const db = new SQLite(path.join(dataDir, databaseFileName), { readonly: true });
  try {
    return new Set(db.prepare('select id from change_set').pluck().all() as string[]);
  } finally {
    db.close();
  }
};

/**
 * Values lost in a race: another laptop set the same field to something else without knowing of
 * the edit, later by the clock, and no later edit made knowing of its value replaced it on purpose.
 * Two laptops that set the same value lose it together: it is listed once, with either's name.
 */
function lostInRaces(edits: (Edit & { dataDir: string })[]): string[] {
  // What each edit wrote, read on the laptop that made it.
  const facts = new Map(
    edits.map((edit) => {
      const db = new SQLite(path.join(edit.dataDir, databaseFileName), { readonly: true });
      try {
        const row = db
          .prepare(
            `select cs.hlc, json_extract(cl.after, '$.' || ?) as value from change_set cs
             join change_log cl on cl.change_set_id = cs.id where cs.id = ? and cl.entity = 'employer'`,
          )
          .get(edit.field, edit.id) as { hlc: string; value: unknown };
        return [edit.id, row];
      } finally {
        db.close();
      }
    }),
  );
  const same = (a: Edit, b: Edit) => a.employer === b.employer && a.field === b.field && a.id !== b.id;
  return edits
    .filter((edit) => {
      const mine = facts.get(edit.id)!;
      const raced = edits.some(
        (other) =>
          same(edit, other) &&
          !other.known.has(edit.id) &&
          !edit.known.has(other.id) &&
          facts.get(other.id)!.hlc > mine.hlc &&
          facts.get(other.id)!.value !== mine.value,
      );
      // Replaced on purpose: a later edit made knowing of it, or of another edit that set the same value.
      const replaced = edits.some(
        (other) =>
          same(edit, other) &&
          facts.get(other.id)!.hlc > mine.hlc &&
          edits.some(
            (seen) =>
              other.known.has(seen.id) &&
              (seen.id === edit.id || (same(edit, seen) && facts.get(seen.id)!.value === mine.value)),
          ),
      );
      return raced && !replaced;
    })
    .map((edit) => `${edit.employer}:${edit.field}:${JSON.stringify(facts.get(edit.id)!.value ?? null)}`);
}

async function run(operations: Operation[]) {
  const drive = path.join(makeDataDir(), 'Shared');
  fs.mkdirSync(drive);
  const laptops: { backend: Backend; dataDir: string; device: string }[] = [];
  for (let n = 0; n < 3; n++) {
    const { backend, dataDir } = await clockedBackend('2026-12-01');
    laptops.push({ backend, dataDir, device: '' });
  }
  try {
    await call(laptops[0]!.backend, 'employers.create', { name: 'Greggs plc' });
    const { joinCode } = await call(laptops[0]!.backend, 'team.create', { name: 'Northside', folder: drive });
    for (const other of laptops.slice(1)) await call(other.backend, 'team.join', { folder: drive, joinCode });
    for (const one of laptops) one.device = fs.readFileSync(path.join(one.dataDir, 'device-id'), 'utf8').trim();
    const held: { file: string; bytes: Buffer }[] = [];
    const newestFile = (device: string) => {
      const folder = path.join(drive, 'Bridgework team', 'changes', device);
      const names = fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith('.bwchange')) : [];
      return names.length ? path.join(folder, names.sort().at(-1)!) : null;
    };
    let created = 0;
    const edits: (Edit & { dataDir: string })[] = [];
    for (const step of operations) {
      const one = 'laptop' in step ? laptops[step.laptop]! : null;
      const employers = one
        ? (await call(one.backend, 'employers.list', { limit: 500 })).rows.map((row) => row.id)
        : [];
      const target = 'pick' in step && employers.length ? employers[step.pick % employers.length]! : null;
      await pause();
      switch (step.op) {
        case 'create':
          await call(one!.backend, 'employers.create', { name: `Employer ${++created}` });
          break;
        case 'edit': {
          if (!target) break;
          const known = changeSetIds(one!.dataDir);
          await call(one!.backend, 'employers.update', { id: target, [step.field]: step.value });
          const made = [...changeSetIds(one!.dataDir)].filter((id) => !known.has(id));
          for (const id of made) edits.push({ id, employer: target, field: step.field, known, dataDir: one!.dataDir });
          break;
        }
        case 'log':
          if (target) {
            await call(one!.backend, 'interactions.create', {
              employerId: target,
              kind: 'call',
              status: 'done',
              occurredAt: '2026-12-01T09:00:00.000Z',
              summary: `Call ${created}`,
            });
          }
          break;
        case 'trash':
          if (target) await call(one!.backend, 'employers.archive', { id: target });
          break;
        case 'sync':
          await call(one!.backend, 'team.sync');
          break;
        case 'delay':
        case 'truncate': {
          const file = newestFile(one!.device);
          if (!file || held.some((item) => item.file === file)) break;
          const bytes = fs.readFileSync(file);
          held.push({ file, bytes });
          if (step.op === 'delay') fs.rmSync(file);
          else fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
          break;
        }
        case 'duplicate': {
          const file = newestFile(one!.device);
          if (file) fs.copyFileSync(file, file.replace(/\.bwchange$/, ' (conflicted copy 2026-12-01).bwchange'));
          break;
        }
        case 'deliver':
          for (const { file, bytes } of held.splice(0)) fs.writeFileSync(file, bytes);
          break;
      }
    }
    for (const { file, bytes } of held.splice(0)) fs.writeFileSync(file, bytes);
    for (let round = 0; round < 3; round++) for (const one of laptops) await call(one.backend, 'team.sync');

    const tables = (dataDir: string) => {
      const db = new SQLite(path.join(dataDir, databaseFileName), { readonly: true });
      try {
        return {
          employers: db.prepare('select * from employer order by id').all(),
          contacts: db.prepare('select * from interaction order by id').all(),
          changeSets: db.prepare(`select id, hlc, device_id, sentence from change_set order by hlc`).all(),
        };
      } finally {
        db.close();
      }
    };
    const [first, ...others] = laptops.map((one) => tables(one.dataDir));
    for (const other of others) expect(other).toEqual(first);

    for (const one of laptops) {
      const db = new SQLite(path.join(one.dataDir, databaseFileName), { readonly: true });
      try {
        // A value that stands in the end (set again later) was not lost.
        const standing = (key: string) => {
          const [employer, field] = key.split(':') as [string, string];
          const row = db.prepare(`select * from employer where id = ?`).get(employer) as Record<string, unknown>;
          return `${employer}:${field}:${JSON.stringify(row[field] ?? null)}`;
        };
        const lost = lostInRaces(edits).filter((key) => key !== standing(key));
        const listed = db
          .prepare(`select entity_id || ':' || field || ':' || other from team_conflict`)
          .pluck()
          .all() as string[];
        for (const value of lost) expect(listed).toContain(value);
      } finally {
        db.close();
      }
    }
  } finally {
    for (const one of laptops) await one.backend.close();
  }
}

describe('three laptops through one shared folder', () => {
  it('end with the same record, whatever order files arrive in', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 4, maxLength: 40 }), (operations) => run(operations)),
      {
        numRuns: 60,
        // Found before: two laptops set the same value while a third set another; a record moved to
        // Trash on two laptops, one knowing of a contact logged with it; two laptops setting the same
        // value, one moving the record to Trash; a move to Trash made knowing of a contact that
        // arrives after it; a value lost and then set again; a value set, cleared and set again.
        examples: [
          [
            [
              { op: 'log', laptop: 0, pick: 0 },
              { op: 'trash', laptop: 0, pick: 0 },
              { op: 'delay', laptop: 0 },
              { op: 'trash', laptop: 1, pick: 0 },
              { op: 'delay', laptop: 0 },
            ],
          ],
          [
            [
              { op: 'edit', laptop: 1, pick: 0, field: 'website', value: 'www.example.org' },
              { op: 'edit', laptop: 0, pick: 0, field: 'website', value: 'www.example.org' },
              { op: 'sync', laptop: 0 },
              { op: 'trash', laptop: 1, pick: 0 },
            ],
          ],
          [
            [
              { op: 'log', laptop: 1, pick: 0 },
              { op: 'sync', laptop: 1 },
              { op: 'sync', laptop: 2 },
              { op: 'trash', laptop: 2, pick: 0 },
              { op: 'sync', laptop: 2 },
              { op: 'delay', laptop: 1 },
              { op: 'sync', laptop: 0 },
            ],
          ],
          [
            [
              { op: 'edit', laptop: 1, pick: 0, field: 'locality', value: 'Salford' },
              { op: 'edit', laptop: 0, pick: 0, field: 'locality', value: 'Leeds' },
              { op: 'log', laptop: 0, pick: 0 },
              { op: 'edit', laptop: 0, pick: 0, field: 'locality', value: 'Salford' },
            ],
          ],
          [
            [
              { op: 'edit', laptop: 1, pick: 0, field: 'website', value: 'www.example.org' },
              { op: 'edit', laptop: 1, pick: 0, field: 'website', value: '' },
              { op: 'edit', laptop: 0, pick: 0, field: 'website', value: 'www.example.org' },
              { op: 'sync', laptop: 0 },
              { op: 'create', laptop: 0 },
            ],
          ],
          [
            [
              { op: 'edit', laptop: 2, pick: 0, field: 'notes', value: 'Busy in December' },
              { op: 'edit', laptop: 1, pick: 0, field: 'notes', value: 'Busy in December' },
              { op: 'delay', laptop: 0 },
              { op: 'edit', laptop: 0, pick: 0, field: 'notes', value: 'Wants kitchen porters' },
            ],
          ],
        ],
      },
    );
  }, 240_000);
});
