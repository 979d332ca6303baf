// Whatever arrives at the boundary, every procedure either does its job or says why not,
// and a refusal never changes the database.
import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { databaseFileName } from '../../../electron/db/open';
import { procedures, type ProcedureName } from '../../../shared/contract';
import { vocabularyLists } from '../../../shared/vocabulary';
import { call, test } from '../../support/temp-backend';

// Lists, searches and lookups only ever refuse bad input; anything that names a record may
// also find it missing, or find that the change conflicts with the record as it is.
const refusesOnlyBadInput = new Set<ProcedureName>([
  'employers.list',
  'employers.findSimilar',
  'employers.localities',
  'people.list',
  'search.query',
  'vocabulary.list',
  'app.info',
]);
const stateRefusals = ['not_found', 'conflict'];

const codes = Object.values(vocabularyLists).flatMap((list) => list.map((term) => term.code));
const anyValue = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ minLength: 190, maxLength: 320 }),
  fc.constantFrom(...codes, '', ' ', 'www.example.co.uk', 'a@b.co', 'M1 1AE', '0161 496 0000'),
  fc.boolean(),
  fc.constant(null),
  fc.integer(),
  fc.array(fc.constantFrom(...codes, 'nope'), { maxLength: 3 }),
);

const inputKeys = [
  ...new Set(
    Object.values(procedures).flatMap(({ input }) => ('shape' in input ? Object.keys(input.shape as object) : [])),
  ),
];

function inputFor(existingIds: string[]) {
  const anyId = fc.oneof(fc.constantFrom(...existingIds), fc.uuid(), fc.string());
  const record = fc.dictionary(fc.constantFrom(...inputKeys), anyValue, { maxKeys: 8 });
  const withIds = fc.record({ id: anyId, employerId: anyId, personId: anyId }, { requiredKeys: [] });
  const sort = fc.record({
    column: fc.oneof(fc.constantFrom('name', 'phase', 'updatedAt'), fc.string()),
    direction: fc.constantFrom('asc', 'desc', 'up'),
  });
  return fc.oneof(
    fc.anything(),
    record,
    fc.tuple(record, withIds).map(([a, b]) => ({ ...a, ...b })),
    fc.tuple(record, fc.record({ sort })).map(([a, b]) => ({ ...a, ...b })),
  );
}

function fingerprint(dataDir: string): string {
  const db = new SQLite(path.join(dataDir, databaseFileName), { readonly: true });
  const tables = ['employer', 'person', 'affiliation', 'interaction'].map((table) =>
    db.prepare(`select count(*) || max(updated_at) || count(deleted_at) from ${table}`).pluck().get(),
  );
  const links = db.prepare('select count(*) from interaction_person').pluck().get();
  const changes = db.prepare('select count(*) from change_log').pluck().get();
  db.close();
  return `${tables.join('|')}|${links}|${changes}`;
}

describe('every procedure, given anything', () => {
  test.for(Object.keys(procedures) as ProcedureName[])(
    '%s succeeds or refuses without changing anything',
    async (procedure, { backend, dataDir }) => {
      const employer = await call(backend, 'employers.create', {
        name: 'Stockport Foods Ltd',
        sector: 'manufacturing',
      });
      const person = await call(backend, 'people.create', {
        name: 'Sam Patel',
        employerId: employer.id,
        isPrimary: true,
      });
      const interaction = await call(backend, 'interactions.create', {
        employerId: employer.id,
        kind: 'call',
        status: 'planned',
        occurredAt: new Date(Date.now() + 86_400_000).toISOString(),
        summary: 'Ring Sam about the warehouse roles',
        personIds: [person.id],
      });
      const existing = [employer.id, person.id, person.affiliations[0]!.id, interaction.id];
      const allowed = ['invalid_input', ...(refusesOnlyBadInput.has(procedure) ? [] : stateRefusals)];
      await fc.assert(
        fc.asyncProperty(inputFor(existing), async (input) => {
          const before = fingerprint(dataDir);
          const result = await backend.invoke(procedure, input as never);
          if (!result.ok) {
            expect(allowed).toContain(result.error.code);
            expect(result.error.message.length).toBeGreaterThan(10);
            expect(fingerprint(dataDir)).toBe(before);
          }
        }),
        { numRuns: 60 },
      );
    },
  );
});
