import { describe, expect, it } from 'vitest';
import { backupsToKeep } from '../../../shared/backups/retention';

describe('which backups are kept', () => {
  it('keeps the newest of the last 7 days, 4 weeks and 12 months, and always the newest', () => {
    // One backup a day, twice on the newest day, for 500 days up to Tue 24 Nov 2026.
    const days = Array.from({ length: 500 }, (_, n) => new Date(Date.UTC(2026, 10, 24 - n)).toISOString().slice(0, 10));
    const backups = [{ takenAt: '2026-11-24T18:00:00Z' }, ...days.map((day) => ({ takenAt: `${day}T09:00:00Z` }))];
    const kept = [...backupsToKeep(backups)]
      .map((backup) => backup.takenAt.slice(0, 16))
      .sort()
      .reverse();
    expect(kept).toEqual([
      '2026-11-24T18:00', // newest, and the newest of its day, week and month
      '2026-11-23T09:00', // the last 7 days
      '2026-11-22T09:00', // … also the newest of the week of 16 Nov
      '2026-11-21T09:00',
      '2026-11-20T09:00',
      '2026-11-19T09:00',
      '2026-11-18T09:00',
      '2026-11-15T09:00', // week of 9 Nov
      '2026-11-08T09:00', // week of 2 Nov
      '2026-10-31T09:00', // the months: October …
      '2026-09-30T09:00',
      '2026-08-31T09:00',
      '2026-07-31T09:00',
      '2026-06-30T09:00',
      '2026-05-31T09:00',
      '2026-04-30T09:00',
      '2026-03-31T09:00',
      '2026-02-28T09:00',
      '2026-01-31T09:00',
      '2025-12-31T09:00', // … the twelfth month
    ]);
  });

  it('keeps everything while there are only a few', () => {
    const backups = [{ takenAt: '2026-11-24T09:00:00Z' }, { takenAt: '2026-11-20T09:00:00Z' }];
    expect(backupsToKeep(backups).size).toBe(2);
  });
});
