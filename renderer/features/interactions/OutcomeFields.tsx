// What came out of a contact — trust notes and promises — added in the same form and saved
// with it in one step.
import { Button, CloseButton, Group, Paper, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconHeartHandshake, IconPlus } from '@tabler/icons-react';
import type { FieldProps } from '../../app/useFields';
import { CommitmentFields } from '../commitments/CommitmentFields';
import { TrustNoteFields } from '../trust/TrustNoteFields';

export type TrustNoteValues = { level: string; direction: string; personId: string; observation: string };
export type PromiseValues = { party: 'employer' | 'us'; description: string; kind: string; dueOn: string };
export type OutcomeValues = { trustNotes: TrustNoteValues[]; commitments: PromiseValues[] };

export const newTrustNote = (): TrustNoteValues => ({
  level: 'inter_organisational',
  direction: 'strengthened',
  personId: '',
  observation: '',
});
export const newPromise = (): PromiseValues => ({ party: 'employer', description: '', kind: '', dueOn: '' });

export function OutcomeFields<Values extends OutcomeValues>({
  form,
  people,
}: {
  form: UseFormReturnType<Values>;
  people: { value: string; label: string }[];
}) {
  const props =
    (prefix: string) =>
    (field: string): FieldProps => {
      const { value, onChange, error } = form.getInputProps(`${prefix}.${field}`);
      return { value: value as never, onChange, error: error as string | undefined };
    };
  const { trustNotes, commitments } = form.getValues();
  return (
    <Stack gap="sm">
      {trustNotes.map((note, index) => (
        <Outcome
          key={`trust-${index}`}
          title={`Trust note ${trustNotes.length > 1 ? index + 1 : ''}`.trim()}
          onRemove={() => form.removeListItem('trustNotes', index)}
        >
          <TrustNoteFields inputProps={props(`trustNotes.${index}`)} level={note.level} people={people} />
        </Outcome>
      ))}
      {commitments.map((_promise, index) => (
        <Outcome
          key={`promise-${index}`}
          title={`Promise ${commitments.length > 1 ? index + 1 : ''}`.trim()}
          onRemove={() => form.removeListItem('commitments', index)}
        >
          <CommitmentFields inputProps={props(`commitments.${index}`)} />
        </Outcome>
      ))}
      <Group gap="xs">
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconHeartHandshake size={16} aria-hidden />}
          onClick={() => form.insertListItem('trustNotes', newTrustNote() as never)}
        >
          Add a trust note
        </Button>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('commitments', newPromise() as never)}
        >
          Add a promise
        </Button>
      </Group>
    </Stack>
  );
}

function Outcome({ title, onRemove, children }: { title: string; onRemove: () => void; children: React.ReactNode }) {
  return (
    <Paper withBorder p="sm" bg="var(--mantine-color-default-hover)">
      <Group justify="space-between" mb={6}>
        <Text fw={600} size="sm">
          {title}
        </Text>
        <CloseButton size="sm" aria-label={`Remove ${title.toLowerCase()}`} onClick={onRemove} />
      </Group>
      {children}
    </Paper>
  );
}
