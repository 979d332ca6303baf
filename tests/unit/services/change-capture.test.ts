// What a change set records: every row the person's action wrote, before and after; not the
// employer's summary columns that the record keeps up to date itself (they follow any undo).
import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { expect } from 'vitest';
import { databaseFileName } from '../../../electron/db/open';
import { call, test } from '../../support/temp-backend';

function recorded(dataDir: string, changeSetId: string) {
  const db = new SQLite(path.join(dataDir, databaseFileName), { readonly: true });
  const rows = db
    .prepare('select entity, action, before, after from change_log where change_set_id = ? order by seq')
    .all(changeSetId) as { entity: string; action: string; before: string | null; after: string | null }[];
  db.close();
  return rows;
}

test('a contact records its own rows, and the employer’s summary columns move without being recorded', async ({
  backend,
  dataDir,
}) => {
  const greggs = await call(backend, 'employers.create', { name: 'Greggs plc' });
  const priya = await call(backend, 'people.create', { name: 'Priya Shah', employerId: greggs.id });
  const result = await backend.invoke('interactions.create', {
    employerId: greggs.id,
    kind: 'meeting',
    status: 'done',
    occurredAt: '2026-11-20T10:00:00.000Z',
    summary: 'Planned the winter trials',
    followUpOn: '2026-12-04',
    personIds: [priya.id],
    newPeople: [{ name: 'Sam Patel', roleTitle: 'Store manager' }],
    commitments: [
      { party: 'us', description: 'Send three candidates', dueOn: '2026-11-27' },
      { party: 'employer', description: 'Offer two trial days', dueOn: '2026-12-01' },
    ],
    trustNotes: [{ level: 'inter_organisational', direction: 'weakened', observation: 'Slow to reply' }],
  });
  if (!result.ok) throw new Error(result.error.message);
  const rows = recorded(dataDir, result.change!.id);
  expect(rows.map((row) => `${row.entity} ${row.action}`).sort()).toEqual(
    [
      'affiliation insert',
      'commitment insert',
      'commitment insert',
      'interaction insert',
      'interaction_person insert',
      'interaction_person insert',
      'person insert',
      'trust_note insert',
    ].sort(),
  );
  expect(rows.every((row) => row.before === null && row.after !== null)).toBe(true);

  const employer = await call(backend, 'employers.get', { id: greggs.id });
  expect(employer.lastContactAt).toBe('2026-11-20T10:00:00.000Z');
  // An edit of the employer records its own columns only.
  const edited = await backend.invoke('employers.update', { id: greggs.id, notes: 'Bakery chain' });
  if (!edited.ok) throw new Error(edited.error.message);
  const [update] = recorded(dataDir, edited.change!.id);
  expect(update).toMatchObject({ entity: 'employer', action: 'update' });
  // Only the column changed, and the edit stamp: not the whole row again.
  expect(Object.keys(JSON.parse(update!.before!) as object).sort()).toEqual(['notes', 'updated_at']);
  const after = JSON.parse(update!.after!) as Record<string, unknown>;
  expect(after).toEqual({ notes: 'Bakery chain', updated_at: expect.any(String) });
  for (const kept of [
    'last_contact_at',
    'follow_up_on',
    'follow_up_interaction_id',
    'latest_person_contact_at',
    'second_person_contact_at',
    'orphaned',
    'we_owe_due_on',
    'they_owe_due_on',
    'trust_weakened_levels',
  ]) {
    expect(after).not.toHaveProperty(kept);
  }
});
