import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useSessionStorage } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../app/client';
import { EmployerTable, type EmployerSort } from '../employers/EmployerTable';
import { useArchiveActions } from '../employers/useArchiveActions';
import { OpportunitiesInTrash } from './OpportunitiesInTrash';

const archivedOnly = { archived: true };

export function TrashPage() {
  const actions = useArchiveActions();
  const [sort, setSort] = useSessionStorage<EmployerSort>({
    key: 'trash.sort',
    defaultValue: { column: 'updatedAt', direction: 'desc' },
  });
  const count = useQuery({
    queryKey: ['employers', 'list', 'trash-count'],
    queryFn: () => invoke('employers.list', { archived: true, limit: 1 }),
  });
  return (
    <Stack h="100%" gap="md">
      <div>
        <Title order={1}>Trash</Title>
        <Text c="dimmed">Employers you have moved to Trash. Restore one to put it back in your list.</Text>
      </div>
      <OpportunitiesInTrash />
      {count.data?.total === 0 ? (
        <Paper withBorder p="xl">
          <Text>Trash is empty.</Text>
        </Paper>
      ) : (
        <EmployerTable
          filters={archivedOnly}
          sort={sort}
          onSortChange={setSort}
          dateColumn="deletedAt"
          caption="Employers in Trash"
          actions={(row) => (
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => void actions.restore(row)}
              aria-label={`Restore ${row.name}`}
            >
              Restore
            </Button>
          )}
        />
      )}
    </Stack>
  );
}
