// One search for everything (Ctrl/Cmd+K): employers, people and contact, matched words marked.
import { Group, Mark, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { createSpotlight, Spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { formatDate } from '../../../shared/dates';
import type { DatedHit, SearchHit, Snippet } from '../../../shared/search/schema';
import { useSearch } from './queries';
import { useLogInteraction } from '../interactions/LogInteraction';

/** The palette's own store: `searchPalette.open()` opens it from the menu, the side bar or Ctrl+K. */
const [searchStore, searchPalette] = createSpotlight();
export { searchPalette };

/** Marks the first result as chosen, so Enter opens it without an arrow key first. */
function selectFirstResult() {
  const list = document.getElementById(searchStore.getState().listId);
  list?.querySelector('[data-selected]')?.removeAttribute('data-selected');
  list?.querySelector('[data-action]')?.setAttribute('data-selected', 'true');
  searchStore.updateState((state) => ({ ...state, selected: 0 }));
}

export function SearchPalette() {
  const [, navigate] = useLocation();
  const logInteraction = useLogInteraction();
  const [text, setText] = useState('');
  const [settled] = useDebouncedValue(text.trim(), 120);
  const results = useSearch(settled);
  const data = settled ? results.data : undefined;
  const dated = (label: string, hits: DatedHit[], open: (hit: DatedHit) => void) => ({
    label,
    hits,
    open: (hit: SearchHit) => open(hit as DatedHit),
    detail: (hit: SearchHit) => formatDate((hit as DatedHit).occurredAt),
  });
  const groups: {
    label: string;
    hits: SearchHit[];
    open: (hit: SearchHit) => void;
    detail?: (hit: SearchHit) => string;
  }[] = data
    ? [
        { label: 'Employers', hits: data.employers, open: (hit) => navigate(`/employers/${hit.id}`) },
        { label: 'People', hits: data.people, open: (hit) => navigate(`/people/${hit.id}`) },
        dated('Calls, visits and notes', data.interactions, (hit) => {
          navigate(`/employers/${hit.employerId}`);
          logInteraction({ interactionId: hit.id, employerId: hit.employerId });
        }),
        dated('Promises', data.promises, (hit) => navigate(`/employers/${hit.employerId}`)),
        dated('Opportunities', data.opportunities, (hit) =>
          navigate(`/employers/${hit.employerId}`, { state: { tab: 'opportunities' } }),
        ),
        dated('Trust notes', data.trustNotes, (hit) => navigate(`/employers/${hit.employerId}`)),
      ]
    : [];
  const found = groups.some((group) => group.hits.length > 0);
  useEffect(() => {
    if (found) selectFirstResult();
  }, [data, found]);
  return (
    <Spotlight.Root
      store={searchStore}
      query={text}
      onQueryChange={setText}
      shortcut={null}
      scrollable
      maxHeight={520}
      attributes={{ content: { 'aria-label': 'Search' } }}
    >
      <Spotlight.Search
        placeholder="Search employers, people, calls and notes"
        leftSection={<IconSearch size={18} aria-hidden />}
        aria-label="Search"
      />
      <Spotlight.ActionsList aria-label="Search results">
        {groups.map((group) =>
          group.hits.length ? (
            <Spotlight.ActionsGroup key={group.label} label={group.label}>
              {group.hits.map((hit) => (
                <Spotlight.Action key={hit.id} onClick={() => group.open(hit)}>
                  <Group wrap="nowrap" justify="space-between" w="100%" align="flex-start">
                    <div style={{ minWidth: 0 }}>
                      <Text fw={600} size="sm">
                        <Highlighted parts={hit.title} />
                      </Text>
                      {hit.snippet && (
                        <Text size="sm" c="dimmed" lineClamp={2}>
                          <Highlighted parts={hit.snippet} />
                        </Text>
                      )}
                    </div>
                    <Text size="xs" c="dimmed" ta="right" style={{ flexShrink: 0 }}>
                      {[hit.context, group.detail?.(hit)].filter(Boolean).join(' · ')}
                    </Text>
                  </Group>
                </Spotlight.Action>
              ))}
            </Spotlight.ActionsGroup>
          ) : null,
        )}
        {settled && data && !found && (
          <Spotlight.Empty>Nothing matches “{settled}”. Check the spelling, or try fewer words.</Spotlight.Empty>
        )}
        {!settled && <Spotlight.Empty>Type a name, or any word from a call or note.</Spotlight.Empty>}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}

function Highlighted({ parts }: { parts: Snippet }) {
  return (
    <>
      {parts.map((part, index) =>
        part.match ? (
          <Mark key={index} color="yellow">
            {part.text}
          </Mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
