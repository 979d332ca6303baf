// The four facts a manager checks first: who to call, when we last spoke, and what is due.
import { Anchor, Paper, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { formatDate } from '../../../shared/dates';
import type { EmployerOverview } from '../../../shared/employers/schema';

export function RelationshipSummary({
  overview,
  onOpenPlanned,
}: {
  overview: EmployerOverview;
  onOpenPlanned: (interactionId: string) => void;
}) {
  const today = dayjs(overview.asOf).startOf('day');
  const { primaryContact, lastContactAt, nextFollowUpOn, nextPlanned } = overview;
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
      <Fact label="Main contact">
        {primaryContact ? (
          <Anchor component={Link} href={`/people/${primaryContact.personId}`} fw={600}>
            {primaryContact.personName}
          </Anchor>
        ) : (
          <Text c="dimmed">None yet</Text>
        )}
      </Fact>
      <Fact label="Last contact">
        {lastContactAt ? (
          <Text fw={600} title={formatDate(lastContactAt)}>
            {daysAgo(today, lastContactAt)}
          </Text>
        ) : (
          <Text c="dimmed">None yet</Text>
        )}
      </Fact>
      <Fact label="Next follow-up">
        {nextFollowUpOn ? (
          <Text fw={600} c={dayjs(nextFollowUpOn).isBefore(today) ? 'red.8' : undefined}>
            {formatDate(nextFollowUpOn)}
            {dayjs(nextFollowUpOn).isBefore(today) ? ' (overdue)' : ''}
          </Text>
        ) : (
          <Text c="dimmed">None set</Text>
        )}
      </Fact>
      <Fact label="Next planned">
        {nextPlanned ? (
          <UnstyledButton onClick={() => onOpenPlanned(nextPlanned.id)} fw={600} fz="sm" c="teal.9">
            {formatDate(nextPlanned.occurredAt)}
            {dayjs(nextPlanned.occurredAt).isBefore(overview.asOf) && (
              <Text span c="red.8" fw={600} fz="sm">
                {' '}
                (overdue)
              </Text>
            )}
            : {nextPlanned.summary}
          </UnstyledButton>
        ) : (
          <Text c="dimmed">Nothing planned</Text>
        )}
      </Fact>
    </SimpleGrid>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Paper withBorder p="sm">
      <Stack gap={2}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {label}
        </Text>
        {children}
      </Stack>
    </Paper>
  );
}

function daysAgo(today: dayjs.Dayjs, iso: string): string {
  const days = today.diff(dayjs(iso).startOf('day'), 'day');
  if (days <= 0) return 'Today';
  if (days === 1) return 'Yesterday';
  return `${days} days ago`;
}
