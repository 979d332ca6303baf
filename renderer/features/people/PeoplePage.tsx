import { Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { PersonListRow } from '../../../shared/people/schema';
import { peoplePages, usePeopleCount } from './queries';
import { PagedTable, type Column } from '../../app/components/PagedTable';
import { PersonFormModal } from './PersonFormModal';

export function PeoplePage() {
  const [, navigate] = useLocation();
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text.trim(), 200);
  const [adding, setAdding] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  useHotkeys([
    ['n', () => setAdding(true)],
    ['/', () => searchRef.current?.focus()],
  ]);
  const count = usePeopleCount(query);
  const columns: Column<PersonListRow, string>[] = [
    {
      key: 'name',
      label: 'Name',
      width: '28%',
      cell: (row) => (
        <Anchor component={Link} href={`/people/${row.id}`} fw={600}>
          {row.name}
        </Anchor>
      ),
    },
    {
      key: 'works',
      label: 'Works at',
      width: '36%',
      cell: (row) =>
        row.currentEmployers.length
          ? row.currentEmployers.map((e) => `${e.name}${e.roleTitle ? ` (${e.roleTitle})` : ''}`).join(', ')
          : '—',
    },
    { key: 'email', label: 'Email', width: '22%', cell: (row) => row.email },
    { key: 'phone', label: 'Phone', width: '14%', cell: (row) => row.phone },
  ];
  return (
    <Stack h="100%" gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>People</Title>
          <Text c="dimmed" aria-live="polite">
            {count.data
              ? `${count.data.total.toLocaleString('en-GB')} ${count.data.total === 1 ? 'person' : 'people'}`
              : '\u00a0'}
          </Text>
        </div>
        <Group gap="sm">
          <Button component={Link} href="/people/duplicates" variant="default">
            Find duplicates
          </Button>
          <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
            Add a person
          </Button>
        </Group>
      </Group>
      <TextInput
        ref={searchRef}
        label="Name"
        placeholder="Type part of a name"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        w={280}
      />
      {count.data?.total === 0 ? (
        <Paper withBorder p="xl">
          <Text>
            {query
              ? 'Nobody matches that name.'
              : 'No people yet. Add the people you know at your employers, from here or from an employer’s page.'}
          </Text>
        </Paper>
      ) : (
        <PagedTable {...peoplePages(query)} columns={columns} caption="People" />
      )}
      <PersonFormModal
        opened={adding}
        onClose={() => setAdding(false)}
        onSaved={(person) => navigate(`/people/${person.id}`)}
      />
    </Stack>
  );
}
