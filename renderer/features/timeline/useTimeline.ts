import { useInfiniteQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import type { TimelineItem, TimelinePage } from '../../../shared/timeline/schema';
import { timelineQueries } from './queries';

export type TimelineScope = { employerId: string } | { personId: string };
export type TimelineFilters = {
  kinds: string[];
  statuses: string[];
  personId: string | null;
  from: string;
  to: string;
};
export type TimelineRow =
  { type: 'month'; key: string; label: string } | { type: 'item'; key: string; item: TimelineItem };

const pageSize = 50;

export function useTimeline(scope: TimelineScope, filters: TimelineFilters) {
  const input = {
    kinds: filters.kinds.length ? filters.kinds : undefined,
    statuses: filters.statuses.length ? (filters.statuses as ('planned' | 'done' | 'cancelled')[]) : undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    limit: pageSize,
  };
  const employer =
    'employerId' in scope ? { ...input, employerId: scope.employerId, personId: filters.personId ?? undefined } : null;
  const person = 'personId' in scope ? { ...input, personId: scope.personId } : null;
  const query = useInfiniteQuery({
    queryKey: employer
      ? timelineQueries.of('timeline.forEmployer', employer)
      : timelineQueries.of('timeline.forPerson', person!),
    queryFn: ({ pageParam }): Promise<TimelinePage> =>
      employer
        ? timelineQueries.ask('timeline.forEmployer', { ...employer, after: pageParam })
        : timelineQueries.ask('timeline.forPerson', { ...person!, after: pageParam }),
    initialPageParam: undefined as NonNullable<TimelinePage['next']> | undefined,
    getNextPageParam: (page) => page.next ?? undefined,
  });
  const comingUp = query.data?.pages[0]?.comingUp ?? [];
  return {
    ...query,
    rows: [
      ...(comingUp.length ? [{ type: 'month' as const, key: 'coming-up', label: 'Coming up' }] : []),
      ...comingUp.map((item): TimelineRow => ({ type: 'item', key: item.key, item })),
      ...withMonthHeadings(query.data?.pages.flatMap((page) => page.items) ?? []),
    ],
  };
}

/** One stream, newest first, with a heading where each month starts. */
function withMonthHeadings(items: TimelineItem[]): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let month = '';
  for (const item of items) {
    const at = dayjs(item.at);
    const label = at.format('MMMM YYYY');
    if (label !== month) {
      month = label;
      rows.push({ type: 'month', key: `month-${at.format('YYYY-MM')}`, label });
    }
    rows.push({ type: 'item', key: item.key, item });
  }
  return rows;
}
