import { Button, Group, Kbd, Loader, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useDebouncedValue, useHotkeys, useSessionStorage } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { errorMessage } from '../../app/client';
import { EmployerFilters } from './EmployerFilters';
import { hasFilters, noFilters, toListFilters, type EmployerFilterValues } from './filters';
import { EmployerTable, type EmployerSort } from './EmployerTable';
import { useLoadSampleData } from '../app/queries';
import { HandOverModal, type HandOverRequest } from './HandOverModal';
import { useEmployerCount } from './queries';
import { useYourName, WhoseSwitch } from './WhoseSwitch';

export function EmployersPage() {
  const [, navigate] = useLocation();
  const searchRef = useRef<HTMLInputElement>(null);
  const [stored, setFilters] = useSessionStorage<EmployerFilterValues>({
    key: 'employers.filters',
    defaultValue: noFilters,
  });
  const filters = { ...noFilters, ...stored };
  const [sort, setSort] = useSessionStorage<EmployerSort>({
    key: 'employers.sort',
    defaultValue: { column: 'name', direction: 'asc' },
  });
  const [handingOver, setHandingOver] = useState<HandOverRequest | null>(null);
  const yourName = useYourName();
  const mine = Boolean(yourName) && filters.accountOwner.length === 1 && filters.accountOwner[0] === yourName;
  const [query] = useDebouncedValue(filters.query, 200);
  const listFilters = toListFilters({ ...filters, query });
  const summary = useEmployerCount(listFilters);
  const everything = useEmployerCount();
  useHotkeys([
    ['n', () => navigate('/employers/new')],
    ['/', () => searchRef.current?.focus()],
  ]);

  if (everything.isPending) return <Loader aria-label="Loading employers" />;
  if (everything.data?.total === 0) return <FirstEmployer />;

  const total = summary.data?.total;
  return (
    <Stack h="100%" gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Group gap="md">
            <Title order={1}>Employers</Title>
            <WhoseSwitch
              mine={mine}
              onChange={(next) => setFilters({ ...filters, accountOwner: next && yourName ? [yourName] : [] })}
            />
          </Group>
          <Group gap="xs" mih={28}>
            <Text c="dimmed" aria-live="polite">
              {total === undefined ? '\u00a0' : countText(total, hasFilters(filters), everything.data?.total ?? 0)}
            </Text>
            {hasFilters(filters) && (
              <Button variant="subtle" size="compact-sm" onClick={() => setFilters(noFilters)}>
                Clear filters
              </Button>
            )}
          </Group>
        </div>
        <Group gap="sm">
          <Button variant="default" onClick={() => setHandingOver({})}>
            Hand over employers
          </Button>
          <Button component={Link} href="/employers/duplicates" variant="default">
            Find duplicates
          </Button>
          <Tooltip
            label={
              <>
                Shortcut: <Kbd size="xs">N</Kbd>
              </>
            }
          >
            <Button component={Link} href="/employers/new" leftSection={<IconPlus size={18} aria-hidden />}>
              Add employer
            </Button>
          </Tooltip>
        </Group>
      </Group>
      <EmployerFilters value={filters} onChange={setFilters} searchRef={searchRef} />
      {total === 0 ? (
        <Paper withBorder p="xl">
          <Stack align="flex-start">
            <Text fw={600}>
              {mine
                ? 'You are not account owner for any employer yet. Set Account owner in an employer’s details, or choose Everyone’s.'
                : 'No employers match these filters.'}
            </Text>
            <Button variant="light" onClick={() => setFilters(noFilters)}>
              Clear filters
            </Button>
          </Stack>
        </Paper>
      ) : (
        <EmployerTable filters={listFilters} sort={sort} onSortChange={setSort} caption="Employers" />
      )}
      <HandOverModal request={handingOver} onClose={() => setHandingOver(null)} />
    </Stack>
  );
}

function countText(shown: number, filtered: boolean, all: number): string {
  const count = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'employer' : 'employers'}`;
  return filtered ? `${count(shown)} match your filters, out of ${all.toLocaleString('en-GB')}` : count(shown);
}

function FirstEmployer() {
  const loadSample = useLoadSampleData();
  return (
    <Stack maw={620} gap="lg" pt="xl">
      <Title order={1}>Employers</Title>
      <Paper withBorder p="xl" radius="lg">
        <Stack gap="md" align="flex-start">
          <Title order={2} size="h3">
            Add your first employer
          </Title>
          <Text>
            Keep every employer you work with in one place: who they are, how you met them, and how the relationship is
            going. You can add more detail at any time.
          </Text>
          <Group>
            <Button component={Link} href="/employers/new" leftSection={<IconPlus size={18} aria-hidden />}>
              Add your first employer
            </Button>
            <Button
              variant="default"
              loading={loadSample.isPending}
              onClick={() =>
                loadSample.mutate(
                  {},
                  {
                    onSuccess: ({ employers, people, interactions }) =>
                      notifications.show({
                        color: 'teal',
                        message: `Added ${employers} made-up employers, ${people.toLocaleString('en-GB')} people and ${interactions.toLocaleString('en-GB')} contacts for you to try things out.`,
                      }),
                    onError: (error) =>
                      notifications.show({
                        color: 'red',
                        title: 'Sample data was not added',
                        message: errorMessage(error),
                      }),
                  },
                )
              }
            >
              Load sample data
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            Sample data adds 300 made-up employers, with their people and three years of contact, so you can try
            Bridgework out.
          </Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
