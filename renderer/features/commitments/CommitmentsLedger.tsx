// The two-sided ledger: what the employer promised and what we promised, open ones first,
// overdue in red, and each side's record of promises kept.
import { Badge, Button, Group, Menu, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconChevronDown, IconPlus } from '@tabler/icons-react';
import type { Commitment, PromiseRecord } from '../../../shared/commitments/schema';
import { formatDate } from '../../../shared/dates';
import { useInTeam } from '../team/queries';
import { useRecordDialogs } from '../../app/RecordDialogs';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { useCommitmentLedger } from './queries';

const sides = [
  { party: 'employer', title: 'The employer promised' },
  { party: 'us', title: 'We promised' },
] as const;

export const statusColours: Record<string, string> = { open: 'blue', kept: 'teal', broken: 'red', released: 'gray' };

export function CommitmentsLedger({ employerId, canAdd }: { employerId: string; canAdd: boolean }) {
  const ledger = useCommitmentLedger(employerId);
  const dialogs = useRecordDialogs();
  if (!ledger.data) return null;
  const today = ledger.data.asOf.slice(0, 10);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      {sides.map(({ party, title }) => {
        const promises = ledger.data.commitments.filter((commitment) => commitment.party === party);
        return (
          <Stack key={party} gap="sm">
            <Group justify="space-between" align="flex-end">
              <div>
                <Title order={2} size="h4">
                  {title}
                </Title>
                <Text size="sm" c="dimmed">
                  {recordSentence(ledger.data.record[party])}
                </Text>
              </div>
              {canAdd && (
                <Button
                  size="compact-sm"
                  variant="light"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() => dialogs.addPromise({ employerId, party })}
                >
                  Add<span className="visually-hidden"> a promise {party === 'us' ? 'we made' : 'they made'}</span>
                </Button>
              )}
            </Group>
            {promises.length === 0 ? (
              <Text c="dimmed" size="sm">
                None recorded.
              </Text>
            ) : (
              promises.map((commitment) => <PromiseRow key={commitment.id} commitment={commitment} today={today} />)
            )}
          </Stack>
        );
      })}
    </SimpleGrid>
  );
}

/** Kept ÷ settled, where released promises count for neither side. */
export function recordSentence(record: PromiseRecord): string {
  const settled = record.kept + record.broken;
  const counts = `${record.open} open, ${record.kept} kept, ${record.broken} broken, ${record.released} released`;
  if (settled === 0) return `No promises settled yet · ${counts}`;
  return `Kept ${record.kept} of ${settled} (${Math.round((record.kept / settled) * 100)}%) · ${counts}`;
}

function PromiseRow({ commitment, today }: { commitment: Commitment & { recordedBy?: string }; today: string }) {
  const inTeam = useInTeam();
  const vocabulary = useVocabulary();
  const dialogs = useRecordDialogs();
  const open = commitment.status === 'open';
  const overdue = open && commitment.dueOn !== null && commitment.dueOn < today;
  const settle = (status: 'kept' | 'broken' | 'released') => dialogs.settlePromise({ commitment, status });
  return (
    <Paper withBorder p="sm" style={overdue ? { borderColor: 'var(--mantine-color-red-7)' } : undefined}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={600} size="sm">
            {commitment.description}
          </Text>
          <Text size="sm" c={overdue ? 'red.8' : 'dimmed'} fw={overdue ? 600 : undefined}>
            {[
              commitment.kind ? vocabulary.label('commitment_kind', commitment.kind) : null,
              `Made ${formatDate(commitment.madeOn)}${inTeam && commitment.recordedBy ? `, recorded by ${commitment.recordedBy}` : ''}`,
              commitment.dueOn ? `${overdue ? 'Overdue: was due' : 'Due'} ${formatDate(commitment.dueOn)}` : null,
              commitment.resolvedOn ? `${commitment.status} on ${formatDate(commitment.resolvedOn)}` : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {commitment.resolutionNote && <Text size="sm">{commitment.resolutionNote}</Text>}
        </Stack>
        {open ? (
          <Group gap={4} wrap="nowrap">
            <Button size="compact-sm" variant="light" color="teal" onClick={() => settle('kept')}>
              Mark kept<span className="visually-hidden"> “{commitment.description}”</span>
            </Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button size="compact-sm" variant="subtle" aria-label={`More for “${commitment.description}”`}>
                  <IconChevronDown size={14} aria-hidden />
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => dialogs.addPromise({ employerId: commitment.employerId, commitment })}>
                  Change the promise or its date
                </Menu.Item>
                {commitment.party === 'employer' && (
                  <Menu.Item
                    onClick={() =>
                      dialogs.addOpportunity({ employerId: commitment.employerId, fromPromise: commitment })
                    }
                  >
                    Record the offer as an opportunity
                  </Menu.Item>
                )}
                <Menu.Item onClick={() => settle('broken')}>Mark broken</Menu.Item>
                <Menu.Item onClick={() => settle('released')}>Released by both sides</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        ) : (
          <Badge
            color={statusColours[commitment.status]}
            variant="light"
            radius="sm"
            tt="none"
            style={{ flexShrink: 0 }}
          >
            {commitment.status[0]!.toUpperCase() + commitment.status.slice(1)}
          </Badge>
        )}
      </Group>
    </Paper>
  );
}
