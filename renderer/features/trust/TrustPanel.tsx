// Trust over time at each of the three levels, and the notes that say why.
import { directionColours } from './directionColours';
import { Sparkline } from '@mantine/charts';
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import type { TrustNote } from '../../../shared/trust/schema';
import { formatDate } from '../../../shared/dates';
import { useRecordDialogs } from '../../app/RecordDialogs';
import { notifyWithUndo } from '../../app/undoNotification';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { useArchiveTrustNote, useTrustNotes } from './queries';

const step: Record<string, number> = { strengthened: 1, steady: 0, weakened: -1 };

export function TrustPanel({ employerId, onAdd }: { employerId: string; onAdd?: () => void }) {
  const vocabulary = useVocabulary();
  const notes = useTrustNotes(employerId).data ?? [];
  const levels = vocabulary.options('trust_level');
  return (
    <Stack>
      <Group justify="space-between">
        <Text c="dimmed" size="sm" maw={640}>
          Trust lives at three levels: institutional (in the programme or the system as a whole), between your
          organisations, and between people. Note what you see, and the trajectory builds up here from the second note.
        </Text>
        {onAdd && (
          <Button variant="light" leftSection={<IconHeartHandshake size={18} aria-hidden />} onClick={onAdd}>
            Add a trust note
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        {levels.map((level) => (
          <Trajectory
            key={level.value}
            label={level.label}
            notes={notes.filter((note) => note.level === level.value)}
          />
        ))}
      </SimpleGrid>
      <Title order={2} size="h4">
        Trust notes
      </Title>
      {notes.length === 0 ? (
        <Text c="dimmed">No trust notes yet.</Text>
      ) : (
        [...notes].reverse().map((note) => <TrustNoteCard key={note.id} note={note} />)
      )}
    </Stack>
  );
}

function Trajectory({ label, notes }: { label: string; notes: TrustNote[] }) {
  let running = 0;
  const points = notes.map((note) => (running += step[note.direction] ?? 0));
  const latest = notes.at(-1);
  return (
    <Paper withBorder p="md">
      <Text fw={600} size="sm">
        {label}
      </Text>
      {latest ? (
        <>
          {/* One note is a point, not a trend: the line starts with the second. */}
          {notes.length > 1 && (
            <div aria-hidden inert>
              <Sparkline
                h={48}
                mt={6}
                data={points}
                curveType="linear"
                color={directionColours[latest.direction]}
                fillOpacity={0.2}
              />
            </div>
          )}
          <Text size="sm" mt={4}>
            {notes.length} {notes.length === 1 ? 'note' : 'notes'}. Latest:{' '}
            <Text span fw={600} c={`${directionColours[latest.direction]}.8`} size="sm">
              {latest.direction}
            </Text>{' '}
            on {formatDate(latest.observedOn)}.
          </Text>
        </>
      ) : (
        <Text size="sm" c="dimmed" mt={6}>
          Nothing noted yet.
        </Text>
      )}
    </Paper>
  );
}

function TrustNoteCard({ note }: { note: TrustNote }) {
  const vocabulary = useVocabulary();
  const archive = useArchiveTrustNote();
  const dialogs = useRecordDialogs();
  const remove = async () => {
    await archive.mutateAsync({ id: note.id });
    notifyWithUndo({
      id: `trust-removed-${note.id}`,
      message: 'Trust note removed.',
    });
  };
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2}>
          <Group gap="xs">
            <Badge color={directionColours[note.direction]} variant="light" radius="sm" tt="none">
              {vocabulary.label('trust_direction', note.direction)}
            </Badge>
            <Text size="sm" c="dimmed">
              {vocabulary.label('trust_level', note.level)}
              {note.personName ? ` · with ${note.personName}` : ''} · {formatDate(note.observedOn)}
            </Text>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {note.observation}
          </Text>
        </Stack>
        <Group gap={4} wrap="nowrap">
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => dialogs.addTrustNote({ employerId: note.employerId, note })}
          >
            Change<span className="visually-hidden"> the trust note of {formatDate(note.observedOn)}</span>
          </Button>
          <Button size="compact-sm" variant="subtle" color="red" onClick={() => void remove()}>
            Remove<span className="visually-hidden"> the trust note of {formatDate(note.observedOn)}</span>
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
