// The relationship timeline: one stream, newest first, grouped by month. Only the entries in
// view are drawn; the next page loads as you near the end.
import { Button, Group, Loader, MultiSelect, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { Affiliation } from '../../../shared/people/schema';
import { errorMessage } from '../../app/client';
import { UkDateInput } from '../../app/components/UkDateInput';
import { useLogInteraction } from '../interactions/LogInteraction';
import { useCompleteInteraction } from '../interactions/queries';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { TimelineEntry } from './TimelineEntry';
import { useTimeline, type TimelineFilters, type TimelineScope } from './useTimeline';

const noFilters: TimelineFilters = { kinds: [], statuses: [], personId: null, from: '', to: '' };

export function Timeline({ scope, people = [] }: { scope: TimelineScope; people?: Affiliation[] }) {
  const vocabulary = useVocabulary();
  const [filters, setFilters] = useState(noFilters);
  const timeline = useTimeline(scope, filters);
  const complete = useCompleteInteraction();
  const logInteraction = useLogInteraction();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: timeline.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (timeline.rows[index]?.type === 'month' ? 44 : 110),
    overscan: 6,
    getItemKey: (index) => timeline.rows[index]?.key ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = timeline;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= timeline.rows.length - 10) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, lastIndex, timeline.rows.length]);

  const markDone = (id: string) =>
    complete.mutateAsync({ id }).then(
      (done) => notifications.show({ color: 'teal', message: `Marked “${done.summary}” as done.` }),
      (error) => notifications.show({ color: 'red', title: 'Nothing was changed', message: errorMessage(error) }),
    );
  const set =
    <K extends keyof TimelineFilters>(key: K) =>
    (value: TimelineFilters[K]) =>
      setFilters({ ...filters, [key]: value });
  const filtered = JSON.stringify(filters) !== JSON.stringify(noFilters);
  const personOptions = [...new Map(people.map((role) => [role.personId, role.personName])).entries()].map(
    ([value, label]) => ({ value, label }),
  );

  return (
    <Stack gap="sm" h="100%">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <MultiSelect
          label="Kind"
          placeholder={filters.kinds.length ? undefined : 'Any'}
          data={vocabulary.options('interaction_kind')}
          value={filters.kinds}
          onChange={set('kinds')}
          clearable
          w={200}
        />
        {'employerId' in scope && (
          <Select
            label="Person"
            placeholder="Anyone"
            data={personOptions}
            value={filters.personId}
            onChange={set('personId')}
            clearable
            searchable
            w={190}
          />
        )}
        <MultiSelect
          label="Status"
          placeholder={filters.statuses.length ? undefined : 'Any'}
          data={[
            { value: 'done', label: 'Done' },
            { value: 'planned', label: 'Planned' },
            { value: 'cancelled', label: 'Cancelled' },
          ]}
          value={filters.statuses}
          onChange={set('statuses')}
          clearable
          w={180}
        />
        <UkDateInput label="From" placeholder="Any" value={filters.from} onChange={set('from')} w={170} />
        <UkDateInput label="To" placeholder="Any" value={filters.to} onChange={set('to')} w={170} />
        {filtered && (
          <Button variant="subtle" onClick={() => setFilters(noFilters)}>
            Clear filters
          </Button>
        )}
      </Group>
      {timeline.isPending ? (
        <Loader aria-label="Loading the timeline" />
      ) : timeline.rows.length === 0 ? (
        <Paper withBorder p="lg">
          <Text>
            {filtered
              ? 'Nothing on the timeline matches these filters.'
              : 'Nothing recorded yet. Log a call or visit to start the timeline.'}
          </Text>
        </Paper>
      ) : (
        <div
          ref={scrollRef}
          role="region"
          aria-label="Relationship timeline"
          aria-busy={isFetchingNextPage}
          tabIndex={0}
          style={{ overflow: 'auto', flex: 1, minHeight: 320 }}
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((virtual) => {
              const row = timeline.rows[virtual.index]!;
              return (
                <div
                  key={row.key}
                  data-index={virtual.index}
                  ref={virtualizer.measureElement}
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    transform: `translateY(${virtual.start}px)`,
                    paddingBottom: 8,
                  }}
                >
                  {row.type === 'month' ? (
                    <Title order={3} size="h5" pt="sm" c="dimmed">
                      {row.label}
                    </Title>
                  ) : (
                    <TimelineEntry
                      item={row.item}
                      showEmployer={'personId' in scope}
                      onComplete={(id) => void markDone(id)}
                      onEdit={(id) => logInteraction({ interactionId: id })}
                    />
                  )}
                </div>
              );
            })}
          </div>
          {isFetchingNextPage && <Loader size="sm" aria-label="Loading more" m="sm" />}
        </div>
      )}
    </Stack>
  );
}
