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
