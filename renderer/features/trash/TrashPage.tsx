// Trash: everything moved there, of every kind. Restore puts a record back; Delete for good
// removes it and what belongs only to it.
import { Anchor, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'wouter';
import { formatDate } from '../../../shared/dates';
import { trashKindLabels, trashKinds, type TrashItem, type TrashKind } from '../../../shared/trash/schema';
import { errorMessage } from '../../app/client';
import { useConfirm } from '../../app/components/ConfirmDialog';
import { RowActions } from '../../app/components/RowActions';
import { usePurge, useRestoreFromTrash, useTrash } from './queries';

const pageSize = 100;

export function TrashPage() {
  const [kind, setKind] = useState<TrashKind | null>(null);
  const [shown, setShown] = useState(pageSize);
  const trash = useTrash(kind, shown);
  const confirmPurge = useConfirm({ title: 'Delete for good?', confirmLabel: 'Delete for good' });
  const confirmEmpty = useConfirm({ title: 'Empty Trash?', confirmLabel: 'Empty Trash' });
  const done = (message: string) => notifications.show({ color: 'teal', message });
  const failed = (error: unknown) =>
    notifications.show({ color: 'red', title: 'Nothing was changed', message: errorMessage(error) });
  const restoreItem = useRestoreFromTrash();
  const restore = (item: TrashItem) =>
    restoreItem.mutate(
      { kind: item.kind, id: item.id },
      { onSuccess: () => done(`Restored ${item.title}.`), onError: failed },
    );
  const purge = usePurge();
  const deleteForGood = (input: Parameters<typeof purge.mutate>[0]) =>
    purge.mutate(input, {
      onSuccess: ({ deleted }) =>
        done(`Deleted ${deleted.toLocaleString('en-GB')} ${deleted === 1 ? 'item' : 'items'} for good.`),
      onError: failed,
    });
  const askToPurge = async (item: TrashItem) => {
    const what =
      item.kind === 'employer'
        ? `${item.title} and everything recorded with them (contacts, promises, notes, opportunities, referrals, case studies) will be deleted. People who worked there are kept.`
        : `${item.title} will be deleted.`;
    if (await confirmPurge.ask(`${what} This cannot be undone.`))
      deleteForGood({ items: [{ kind: item.kind, id: item.id }] });
  };
  const askToEmpty = async () => {
    const total = trash.data?.counts ? Object.values(trash.data.counts).reduce((sum, n) => sum + (n ?? 0), 0) : 0;
    const sure = await confirmEmpty.ask(
      `Everything in Trash (${total.toLocaleString('en-GB')} ${total === 1 ? 'item' : 'items'}) will be deleted for good, with everything recorded with it. This cannot be undone.`,
    );
    if (sure) deleteForGood({ everything: true });
  };
  const counts = trash.data?.counts ?? {};
  const everything = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Trash</Title>
          <Text c="dimmed">Restore anything you moved here, or delete it for good.</Text>
        </div>
        {everything > 0 && (
          <Button color="red" variant="light" onClick={() => void askToEmpty()} loading={purge.isPending}>
            Empty Trash
          </Button>
        )}
      </Group>
      {everything === 0 && trash.isSuccess ? (
        <Paper withBorder p="xl">
          <Text>Trash is empty.</Text>
        </Paper>
      ) : (
        <>
          <Select
            label="Show"
            maw={280}
            data={[
              { value: '', label: `Everything (${everything.toLocaleString('en-GB')})` },
              ...trashKinds
                .filter((k) => counts[k])
                .map((k) => ({ value: k, label: `${trashKindLabels[k]} (${counts[k]!.toLocaleString('en-GB')})` })),
            ]}
            value={kind ?? ''}
            onChange={(value) => {
              setKind((value || null) as TrashKind | null);
              setShown(pageSize);
            }}
            allowDeselect={false}
          />
          <Table striped withTableBorder verticalSpacing="xs" captionSide="top">
            <Table.Caption>Items in Trash, most recently moved first</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>What</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Employer</Table.Th>
                <Table.Th>Moved to Trash</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">Actions</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {trash.data?.items.map((item) => (
                <Table.Tr key={`${item.kind}-${item.id}`}>
                  <Table.Td>
                    {item.kind === 'employer' ? (
                      <Anchor component={Link} href={`/employers/${item.id}`}>
                        {item.title}
                      </Anchor>
                    ) : (
                      item.title
                    )}
                  </Table.Td>
                  <Table.Td>{trashKindLabels[item.kind]}</Table.Td>
                  <Table.Td>{item.employerName ?? ''}</Table.Td>
                  <Table.Td>{formatDate(item.deletedAt)}</Table.Td>
                  <Table.Td>
                    <RowActions
                      keep={{ label: 'Restore', name: `Restore ${item.title}`, onClick: () => restore(item) }}
                      remove={{
                        label: 'Delete for good',
                        name: `Delete ${item.title} for good`,
                        onClick: () => void askToPurge(item),
                      }}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {trash.data && trash.data.total > trash.data.items.length && (
            <Group>
              <Button variant="default" onClick={() => setShown((n) => n + pageSize)}>
                Show more ({(trash.data.total - trash.data.items.length).toLocaleString('en-GB')} not shown)
              </Button>
            </Group>
          )}
        </>
      )}
      {confirmPurge.dialog}
      {confirmEmpty.dialog}
    </Stack>
  );
}
