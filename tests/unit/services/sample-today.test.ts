// A new user's first look: the sample record runs up to the day it is loaded, so Today is an
// ordinary busy day — a few things overdue, a week of plans — and not a crisis.
import SQLite from 'better-sqlite3-multiple-ciphers';
import path from 'node:path';
import { expect } from 'vitest';
import { databaseFileName } from '../../../electron/db/open';
import { call } from '../../support/call';
import { clockedBackend } from '../../support/clocked-backend';
import { test } from '../../support/temp-backend';

for (const day of ['2026-11-30', '2027-06-14']) {
  test(`loaded on ${day}, Today looks like an ordinary day`, async () => {
    const { backend, dataDir } = await clockedBackend(day);
    try {
      await call(backend, 'app.finishWelcome', { start: 'sample' });
      const today = await call(backend, 'today.get');
      expect(today.followUps.total).toBeGreaterThan(0);
      expect(today.followUps.total).toBeLessThanOrEqual(20);
      expect(today.planned.total).toBeGreaterThan(0);
      expect(today.planned.total).toBeLessThanOrEqual(25);
      expect(today.ourCommitments.total).toBeLessThanOrEqual(20);
      expect(today.goingCold.total).toBeLessThan(300 / 5);

      const db = new SQLite(path.join(dataDir, databaseFileName), { readonly: true });
      try {
        const latest = db
          .prepare(`select max(occurred_at) from interaction where status = 'done'`)
          .pluck()
          .get() as string;
        // Its latest contact was in the last few days, not a month ago.
        const daysAgo = (Date.parse(`${day}T23:59:59Z`) - Date.parse(latest)) / 86_400_000;
        expect(daysAgo).toBeGreaterThanOrEqual(0);
        expect(daysAgo).toBeLessThan(7);
        const plannedWithQuiet = db
          .prepare(
            `select count(*) from interaction i join employer e on e.id = i.employer_id
             where i.status = 'planned' and e.phase in ('dormant', 'ended')`,
          )
          .pluck()
          .get();
        expect(plannedWithQuiet).toBe(0);
        const twins = db.prepare('select count(*) - count(distinct name) from employer').pluck().get();
        expect(twins).toBe(0);
      } finally {
        db.close();
      }
    } finally {
      await backend.close();
    }
  });
}
