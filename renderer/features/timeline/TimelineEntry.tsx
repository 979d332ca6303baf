import { Anchor, Badge, Button, Group, Paper, Stack, Text, ThemeIcon, Typography } from '@mantine/core';
import {
  IconCalendarEvent,
  IconMail,
  IconMapPin,
  IconMessages,
  IconPhone,
  IconUserMinus,
  IconUserPlus,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useRecordDialogs } from '../../app/RecordDialogs';
import { AttachmentButtons } from '../evidence/AttachmentButtons';
import { AddToCalendarButton } from '../calendar/AddToCalendarButton';
import { isRecordEvent, RecordEventEntry } from './RecordEventEntry';
import Markdown from 'react-markdown';
import remarkBreaks from 'remark-breaks';
import { Link } from 'wouter';
import { formatDate, formatDateTime } from '../../../shared/dates';
import type { TimelineItem } from '../../../shared/timeline/schema';
import { useInTeam } from '../team/queries';
import { useVocabulary } from '../vocabulary/useVocabulary';

const kindIcons: Record<string, typeof IconPhone> = {
  call: IconPhone,
  email: IconMail,
  meeting: IconUsersGroup,
  site_visit: IconMapPin,
  event: IconCalendarEvent,
};

/** What can be recorded from a done contact, linked to it. */
const fromContact = [
  { label: 'Add trust note', open: 'addTrustNote' },
  { label: 'Add promise', open: 'addPromise' },
  { label: 'Add opportunity', open: 'addOpportunity' },
] as const;

export function TimelineEntry({
  item,
  showEmployer,
  onComplete,
  onEdit,
}: {
  item: TimelineItem;
  showEmployer: boolean;
  onComplete: (id: string) => void;
  onEdit: (id: string) => void;
}) {
  const vocabulary = useVocabulary();
  const dialogs = useRecordDialogs();
  const by = useInTeam() && item.recordedBy ? `by ${item.recordedBy}` : null;
  if (isRecordEvent(item)) {
    return <RecordEventEntry item={item} showEmployer={showEmployer} />;
  }
  if (item.type !== 'interaction') {
    const joined = item.type === 'affiliation_started';
    const Icon = joined ? IconUserPlus : IconUserMinus;
    return (
      <Group gap="sm" py={6} px="sm" wrap="nowrap">
        <ThemeIcon variant="light" color="gray" size="md" radius="xl" aria-hidden>
          <Icon size={16} />
        </ThemeIcon>
        <Text size="sm">
          <Anchor component={Link} href={`/people/${item.personId}`}>
            {item.personName}
          </Anchor>{' '}
          {joined ? 'started' : 'left'}
          {item.roleTitle ? ` as ${item.roleTitle}` : ''} at {item.employerName} · {formatDate(item.at)}
          {by && ` · ${by}`}
        </Text>
      </Group>
    );
  }
  const { interaction } = item;
  const Icon = kindIcons[interaction.kind] ?? IconMessages;
  const planned = interaction.status === 'planned';
  const overdue = planned && Date.parse(interaction.occurredAt) < Date.now();
  return (
    <Paper withBorder p="sm" radius="md" bg={planned ? 'var(--mantine-color-blue-light)' : undefined}>
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <ThemeIcon variant="light" size="lg" radius="xl" aria-hidden>
          <Icon size={18} />
        </ThemeIcon>
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text fw={600}>{interaction.summary}</Text>
            <Group gap={6} wrap="nowrap">
              {planned && (
                <Badge color={overdue ? 'red' : 'blue'} variant="light" radius="sm" tt="none">
                  {overdue ? 'Planned, overdue' : 'Planned'}
                </Badge>
              )}
              {interaction.status === 'cancelled' && (
                <Badge color="gray" variant="light" radius="sm" tt="none">
                  Cancelled
                </Badge>
              )}
            </Group>
          </Group>
          <Text size="sm" c="dimmed">
            {[
              vocabulary.label('interaction_kind', interaction.kind),
              formatDateTime(interaction.occurredAt),
              showEmployer ? interaction.employerName : null,
              interaction.people.length ? `with ${interaction.people.map((person) => person.name).join(', ')}` : null,
              interaction.followUpOn ? `follow up ${formatDate(interaction.followUpOn)}` : null,
              by,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {interaction.notes && (
            <Typography fz="sm" p={0}>
              {/* Notes are typed, or come from an email, line by line: each line end is kept. */}
              <Markdown remarkPlugins={[remarkBreaks]}>{interaction.notes}</Markdown>
            </Typography>
          )}
          <AttachmentButtons attachments={interaction.attachments} />
          <Group gap="xs" mt={2}>
            {planned && (
              <Button size="compact-sm" onClick={() => onComplete(interaction.id)}>
                Mark as done
              </Button>
            )}
            <Button size="compact-sm" variant="subtle" onClick={() => onEdit(interaction.id)}>
              Edit<span className="visually-hidden"> “{interaction.summary}”</span>
            </Button>
            {planned && (
              <AddToCalendarButton interactionId={interaction.id} event="contact" summary={interaction.summary} />
            )}
            {interaction.followUpOn && !interaction.deletedAt && (
              <AddToCalendarButton interactionId={interaction.id} event="followUp" summary={interaction.summary} />
            )}
            {interaction.status === 'done' &&
              !interaction.deletedAt &&
              fromContact.map(({ label, open }) => (
                <Button
                  key={label}
                  size="compact-sm"
                  variant="subtle"
                  onClick={() => dialogs[open]({ employerId: interaction.employerId, interactionId: interaction.id })}
                >
                  {label}
                  <span className="visually-hidden"> from “{interaction.summary}”</span>
                </Button>
              ))}
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
