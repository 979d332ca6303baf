// Which backups to keep: the newest of each of the last 7 days, the last 4 weeks and the last
// 12 months that have one (grandfather-father-son). The newest backup is always kept.
import dayjs from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek.js';

dayjs.extend(isoWeek);

type Dated = { takenAt: string };

export function backupsToKeep<T extends Dated>(backups: T[]): Set<T> {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  const keep = new Set<T>(newestFirst.slice(0, 1));
  const newestOfEach = (period: (backup: T) => string, count: number) => {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      const key = period(backup);
      if (seen.has(key)) continue;
      if (seen.size === count) break;
      seen.add(key);
      keep.add(backup);
    }
  };
  newestOfEach((backup) => backup.takenAt.slice(0, 10), 7);
  newestOfEach((backup) => {
    const day = dayjs(backup.takenAt.slice(0, 10));
    return `${day.isoWeekYear()}-${day.isoWeek()}`;
  }, 4);
  newestOfEach((backup) => backup.takenAt.slice(0, 7), 12);
  return keep;
}

/**
 * The last day `backup` is still kept, if Bridgework takes one backup a day from `today` on (it
 * takes one each day it is used, so this is the soonest it goes). Null if it is kept over a year.
 */
export function lastDayKept<T extends Dated>(backups: T[], backup: T, today: string): string | null {
  let kept: Dated[] = backups;
  let day = dayjs(today);
  for (let n = 0; n < 400; n++) {
    day = day.add(1, 'day');
    kept = [...backupsToKeep([...kept, { takenAt: `${day.format('YYYY-MM-DD')}T12:00:00Z` }])];
    if (!kept.includes(backup)) return day.subtract(1, 'day').format('YYYY-MM-DD');
  }
  return null;
}
