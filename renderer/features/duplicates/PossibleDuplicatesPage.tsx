// Possible duplicates: pairs of employers or people that may be one recorded twice, the likeliest
// first, each with why, to merge or to mark as not the same.
import { Anchor, Button, Group, List, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'wouter';
import type { DuplicateKind, DuplicatePair, DuplicateRecord } from '../../../shared/duplicates/schema';
import { errorMessage } from '../../app/client';
import { notifyWithUndo } from '../../app/undoNotification';
import { notifications } from '@mantine/notifications';
import { kindWords } from './fields';
import { describe, MergeDialog, type MergeRequest } from './MergeDialog';
import { useNotTheSame, usePossibleDuplicates } from './queries';

export function PossibleDuplicatesPage({ kind }: { kind: DuplicateKind }) {
  const words = kindWords[kind];
  const found = usePossibleDuplicates(kind);
  const [merging, setMerging] = useState<MergeRequest | null>(null);
  const notTheSame = useNotTheSame();
  const markNotTheSame = (pair: DuplicatePair) =>
    notTheSame.mutate(
      { kind, firstId: pair.first.id, secondId: pair.second.id },
      {
        onSuccess: () =>
          notifyWithUndo({
            id: `not-the-same-${pair.first.id}-${pair.second.id}`,
            message: `${pair.first.name} and ${pair.second.name} will not be shown as possible duplicates again.`,
          }),
        onError: (error) =>
          notifications.show({ color: 'red', title: 'Nothing was changed', message: errorMessage(error) }),
      },
    );

  return (
    <Stack gap="md">
      <Anchor component={Link} href={words.area} size="sm">
        <Group gap={4}>
          <IconArrowLeft size={16} aria-hidden />
          All {words.many}
        </Group>
      </Anchor>
      <div>
        <Title order={1}>Possible duplicates</Title>
        <Text c="dimmed" aria-live="polite">
          {found.data ? countText(found.data.total, found.data.pairs.length, words.many) : '\u00a0'}
        </Text>
      </div>
      {found.isPending ? (
        <Loader aria-label={`Looking for ${words.many} recorded twice`} />
      ) : found.data?.total === 0 ? (
        <Paper withBorder p="xl">
          <Text>
            No two {words.many} look like the same one. Bridgework compares names, phone numbers, email addresses
            {kind === 'employer' ? ', websites and postcodes' : ' and where they work'}.
          </Text>
        </Paper>
      ) : (
        found.data?.pairs.map((pair) => (
          <Paper
            key={`${pair.first.id}-${pair.second.id}`}
            withBorder
            p="md"
            component="section"
            aria-label={`${pair.first.name} and ${pair.second.name}`}
          >
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <RecordSide kind={kind} record={pair.first} />
                <RecordSide kind={kind} record={pair.second} />
              </SimpleGrid>
              <div>
                <Text size="sm" fw={600}>
                  Why they may be the same
                </Text>
                <List size="sm">
                  {pair.reasons.map((reason) => (
                    <List.Item key={reason}>{reason}</List.Item>
                  ))}
                </List>
              </div>
              <Group>
                <Button onClick={() => setMerging({ kind, pair })}>Merge…</Button>
                <Button variant="default" loading={notTheSame.isPending} onClick={() => markNotTheSame(pair)}>
                  Not the same
                </Button>
              </Group>
            </Stack>
          </Paper>
        ))
      )}
      <MergeDialog request={merging} onClose={() => setMerging(null)} />
    </Stack>
  );
}

function RecordSide({ kind, record }: { kind: DuplicateKind; record: DuplicateRecord }) {
  return (
    <div>
      <Anchor component={Link} href={`${kindWords[kind].area}/${record.id}`} fw={600}>
        {record.name}
      </Anchor>
      <Text size="sm" c="dimmed">
        {describe(record)}
      </Text>
    </div>
  );
}

function countText(total: number, shown: number, many: string): string {
  if (total === 0) return `No possible duplicates among your ${many}.`;
  const pairs = `${total.toLocaleString('en-GB')} ${total === 1 ? 'pair' : 'pairs'}`;
  return shown < total
    ? `${pairs} of ${many} may be the same. The ${shown} likeliest are shown first; merging or dismissing them shows the next.`
    : `${pairs} of ${many} may be the same. ${total === 1 ? 'Merge them' : 'Merge each pair'}, or say they are not the same.`;
}
