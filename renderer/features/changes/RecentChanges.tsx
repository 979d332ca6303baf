// Settings → Recent changes: everything done to the record, newest first, each undoable.
import { Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { unnamed } from '../../../shared/changes/schema';
import type { ChangeSummary } from '../../../shared/changes/schema';
import { formatDateTime } from '../../../shared/dates';
import { errorMessage } from '../../app/client';
import { shortcutKeys } from '../../../shared/app/commands';
import { useRecentChanges } from './queries';
import { redoChange, undoChange } from './undo';

const mac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

function Action({ change }: { change: ChangeSummary }) {
  if (change.kind !== 'change') return null;
  if (!change.undoable) return <Text size="sm">Cannot be undone</Text>;
  return change.undone ? (
    <Button size="compact-sm" variant="default" onClick={() => void redoChange(change.id)}>
      Redo
    </Button>
  ) : (
    <Button size="compact-sm" variant="default" onClick={() => void undoChange(change.id)}>
      Undo
    </Button>
  );
}

export function RecentChanges() {
  const recent = useRecentChanges();
  const changes = recent.data?.changes ?? [];
  return (
    <Paper withBorder p="lg" id="recent-changes" tabIndex={-1}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          Recent changes
        </Title>
        <Text size="sm">
          Everything you did, newest first. Undo puts back the whole change: a contact goes with the people, promises
          and trust notes saved with it. Press {shortcutKeys('mod+Z', mac).join(' ')} anywhere to undo your last change.
        </Text>
        {recent.isError && <Text c="red">{errorMessage(recent.error)}</Text>}
        {recent.isSuccess && changes.length === 0 && <Text>Nothing has been changed yet.</Text>}
        {changes.length > 0 && (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>What</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">Undo or redo</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changes.map((change) => (
                <Table.Tr key={change.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(change.at)}</Table.Td>
                  <Table.Td>
                    {change.sentence}
                    {change.who !== unnamed && (
                      <Text span c="dimmed" size="sm">
                        {' '}
                        by {change.who}
                      </Text>
                    )}{' '}
                    {change.undone && (
                      <Badge variant="light" color="gray">
                        Undone
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Action change={change} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
