// Whatever arrives at the boundary, every procedure either does its job or says why not,
// and a refusal never changes the database.
import path from 'node:path';
import SQLite from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { databaseFileName } from '../../../electron/db/open';
import { procedures, type ProcedureName } from '../../../shared/contract';
import { vocabularyLists } from '../../../shared/vocabulary';
import { call, test } from '../../support/temp-backend';

const refusalsAllowed: Partial<Record<ProcedureName, string[]>> = {
  'employers.get': ['not_found'],
  'employers.update': ['not_found', 'conflict'],
  'employers.archive': ['not_found'],
  'employers.restore': ['not_found'],
  'app.loadSampleData': ['conflict'],
};

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

function inputFor(existingId: string) {
  const keys = [
    ...Object.keys(procedures['employers.create'].input.shape),
    'query',
    'archived',
    'excludeId',
    'expectedUpdatedAt',
    'offset',
    'limit',
  ];
  const record = fc.dictionary(fc.constantFrom(...keys), anyValue, { maxKeys: 8 });
  const withId = fc.record({ id: fc.oneof(fc.constant(existingId), fc.uuid(), fc.string()) });
  const sort = fc.record({
    column: fc.oneof(fc.constantFrom('name', 'phase', 'updatedAt'), fc.string()),
    direction: fc.constantFrom('asc', 'desc', 'up'),
  });
  return fc.oneof(
    fc.anything(),
    record,
    fc.tuple(record, withId).map(([a, b]) => ({ ...a, ...b })),
    fc.tuple(record, fc.record({ sort })).map(([a, b]) => ({ ...a, ...b })),
  );
}

function fingerprint(dataDir: string): string {
  const db = new SQLite(path.join(dataDir, databaseFileName), { readonly: true });
  const employers = db
    .prepare("select group_concat(id || updated_at || coalesce(deleted_at, ''), ',') from employer")
    .pluck()
    .get();
  const changes = db.prepare('select count(*) from change_log').pluck().get();
  db.close();
  return `${employers}|${changes}`;
}

describe('every procedure, given anything', () => {
  test.for(Object.keys(procedures) as ProcedureName[])(
    '%s succeeds or refuses without changing anything',
    async (procedure, { backend, dataDir }) => {
      const existing = await call(backend, 'employers.create', {
        name: 'Stockport Foods Ltd',
        sector: 'manufacturing',
      });
      const allowed = ['invalid_input', ...(refusalsAllowed[procedure] ?? [])];
      await fc.assert(
        fc.asyncProperty(inputFor(existing.id), async (input) => {
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
