// One email or invitation in the preview: what it will become, and the choices for it.
import { Badge, Button, Checkbox, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { formatDateTime } from '../../../shared/dates';
import type { MessagePreview } from '../../../shared/mail/schema';
import { ChoiceButtons } from '../../app/components/FormDialog';
import { UkDateInput } from '../../app/components/UkDateInput';
import { fileSize } from '../../app/files';
import { partyOptions } from '../commitments/CommitmentFields';
import { EmployerPicker } from '../employers/EmployerPicker';
import type { Decision } from './decisions';

const roleWords = { from: 'from', to: 'to', cc: 'copied', organiser: 'organiser', attendee: 'invited' } as const;

export function MessageCard({
  message,
  decision,
  errors,
  onChange,
}: {
  message: MessagePreview;
  decision: Decision;
  errors: Record<string, string>;
  onChange: (change: Partial<Decision>) => void;
}) {
  const id = `message-${message.fileIndex}-${message.part}`;
  const what =
    message.kind === 'meeting'
      ? { done: 'Meeting', planned: 'Meeting, planned', cancelled: 'Meeting, cancelled' }[message.contactStatus]
      : 'Email';
  const known = message.people.filter((person) => person.personId);
  const unknown = message.people.filter((person) => !person.personId);
  const sender = message.people.find((person) => person.role === 'from' || person.role === 'organiser');
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Checkbox
          checked={decision.log}
          disabled={message.status !== 'new'}
          onChange={(event) => onChange({ log: event.currentTarget.checked })}
          aria-labelledby={id}
          label={
            <Text fw={600} id={id} component="span">
              {message.subject}
            </Text>
          }
          description={[
            formatDateTime(message.occurredAt) + (message.dateGuessed ? ' (the file gives no date)' : ''),
            sender ? `from ${sender.personName ?? sender.name ?? sender.email}` : null,
            message.fileName,
          ]
            .filter(Boolean)
            .join(' · ')}
        />
        <Badge variant="light" radius="sm" tt="none" style={{ flexShrink: 0 }}>
          {what}
        </Badge>
      </Group>
      {message.problem && (
        <Text size="sm" mt="xs" pl={32}>
          {message.problem}
        </Text>
      )}
      {decision.log && (
        <Stack gap="sm" mt="sm" pl={32}>
          <div>
            <EmployerPicker
              label="Employer"
              value={decision.employerId}
              initialName={decision.employerName ?? undefined}
              onChange={(employerId, employerName) => onChange({ employerId, employerName })}
              error={errors.employerId}
            />
            <Text size="xs" c="dimmed" mt={4}>
              {message.employer && message.employer.id === decision.employerId
                ? `Found because ${message.employer.why.charAt(0).toLowerCase()}${message.employer.why.slice(1)}.`
                : decision.employerId
                  ? 'Chosen by you.'
                  : 'Bridgework could not tell which employer this is with. Choose one, or untick it.'}
            </Text>
          </div>
          {known.length > 0 && (
            <Text size="sm">
              People on it: {known.map((person) => `${person.personName} (${roleWords[person.role]})`).join(', ')}
            </Text>
          )}
          {unknown.map((person) => {
            const choice = decision.newPeople[person.email]!;
            const set = (next: Partial<typeof choice>) =>
              onChange({ newPeople: { ...decision.newPeople, [person.email]: { ...choice, ...next } } });
            return (
              <Group key={person.email} gap="sm" align="flex-end" wrap="nowrap">
                <Checkbox
                  checked={choice.add}
                  onChange={(event) => set({ add: event.currentTarget.checked })}
                  label={`Add ${person.name ? `${person.name} (${person.email})` : person.email} as a new person${decision.employerName ? ` at ${decision.employerName}` : ''}`}
                  style={{ flex: 1 }}
                />
                {choice.add && (
                  <TextInput
                    label="Name"
                    size="xs"
                    value={choice.name}
                    onChange={(event) => set({ name: event.currentTarget.value })}
                    error={choice.name.trim() ? undefined : 'Enter their name'}
                    w={200}
                  />
                )}
              </Group>
            );
          })}
          {message.excerpt && (
            <div>
              <Text size="sm" c="dimmed" lineClamp={2}>
                {message.excerpt}
              </Text>
              <Checkbox
                mt={6}
                checked={decision.keepText}
                onChange={(event) => onChange({ keepText: event.currentTarget.checked })}
                label={`Keep the ${message.kind === 'meeting' ? 'invitation' : 'email'}’s text as notes`}
              />
            </div>
          )}
          {message.attachments.map((attachment, index) => (
            <Checkbox
              key={index}
              checked={decision.keepAttachments[index] ?? false}
              disabled={attachment.problem !== null}
              onChange={(event) =>
                onChange({
                  keepAttachments: decision.keepAttachments.map((keep, at) =>
                    at === index ? event.currentTarget.checked : keep,
                  ),
                })
              }
              label={`Keep ${attachment.name} (${fileSize(attachment.sizeBytes)}) as evidence`}
              description={attachment.problem ?? undefined}
            />
          ))}
          <Group align="flex-start" gap="md">
            <UkDateInput
              label="Follow up on (optional)"
              w={220}
              value={decision.followUpOn ?? ''}
              onChange={(followUpOn) => onChange({ followUpOn: followUpOn || null })}
              error={errors.followUpOn}
            />
          </Group>
          {message.contactStatus === 'done' &&
            (decision.promise ? (
              <Stack gap="sm">
                <ChoiceButtons
                  label="Who made the promise"
                  data={partyOptions}
                  value={decision.promise.party}
                  onChange={(party) =>
                    onChange({ promise: { ...decision.promise!, party: party as 'employer' | 'us' } })
                  }
                />
                <TextInput
                  label="What was promised"
                  value={decision.promise.description}
                  onChange={(event) =>
                    onChange({ promise: { ...decision.promise!, description: event.currentTarget.value } })
                  }
                  error={errors['commitment.description']}
                />
                <Group align="flex-end">
                  <UkDateInput
                    label="Due by (optional)"
                    w={220}
                    value={decision.promise.dueOn ?? ''}
                    onChange={(dueOn) => onChange({ promise: { ...decision.promise!, dueOn: dueOn || null } })}
                    error={errors['commitment.dueOn']}
                  />
                  <Button variant="subtle" color="red" onClick={() => onChange({ promise: null })}>
                    Remove the promise
                  </Button>
                </Group>
              </Stack>
            ) : (
              <Button
                variant="light"
                size="compact-sm"
                w="fit-content"
                onClick={() => onChange({ promise: { party: 'employer', description: '', kind: null, dueOn: null } })}
              >
                Add a promise
              </Button>
            ))}
        </Stack>
      )}
    </Paper>
  );
}
