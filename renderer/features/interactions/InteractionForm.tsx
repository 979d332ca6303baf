import {
  Alert,
  Button,
  Group,
  Loader,
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { interactionFields, type Interaction, type InteractionStatus } from '../../../shared/interactions/schema';
import { fieldErrorsOf } from '../../../shared/validation';
import { errorMessage, RequestError } from '../../app/client';
import { NothingSaved } from '../../app/components/ServerErrors';
import { UkDateInput } from '../../app/components/UkDateInput';
import { notifyWithUndo } from '../../app/undoNotification';
import { EmployerPicker } from '../employers/EmployerPicker';
import { useEmployer, useEmployerOverview } from '../employers/queries';
import { useProgrammeOptions } from '../programmes/queries';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { fromLocalParts, timePattern, toLocalParts } from './localTime';
import { OutcomeFields, type OutcomeValues } from './OutcomeFields';
import { useArchiveInteraction, useCreateInteraction, useInteraction, useUpdateInteraction } from './queries';

type Values = OutcomeValues & {
  employerId: string;
  employerName: string;
  kind: string;
  status: InteractionStatus;
  occurredOn: string;
  occurredTime: string;
  summary: string;
  notes: string;
  followUpOn: string;
  programmeId: string;
  personIds: string[];
  newPeople: string[];
};

export type InteractionRequest = { employerId?: string; interactionId?: string; status?: 'planned' };

export function InteractionForm({ request, onDone }: { request: InteractionRequest; onDone: () => void }) {
  const existing = useInteraction(request.interactionId);
  if (request.interactionId && existing.isPending) return <Loader aria-label="Loading" />;
  if (existing.isError) return <Alert color="red">{errorMessage(existing.error)}</Alert>;
  return <Form request={request} interaction={existing.data} onDone={onDone} />;
}

function initialValues(request: InteractionRequest, interaction?: Interaction): Values {
  if (interaction) {
    return {
      employerId: interaction.employerId,
      employerName: interaction.employerName,
      kind: interaction.kind,
      status: interaction.status,
      ...occurredParts(interaction.occurredAt),
      summary: interaction.summary,
      notes: interaction.notes ?? '',
      followUpOn: interaction.followUpOn ?? '',
      programmeId: interaction.programmeId ?? '',
      personIds: interaction.people.map((person) => person.id),
      newPeople: [],
      trustNotes: [],
      commitments: [],
    };
  }
  const planned = request.status === 'planned';
  const when = new Date(Date.now() + (planned ? 86_400_000 : 0));
  return {
    employerId: request.employerId ?? '',
    employerName: '',
    kind: 'call',
    status: planned ? 'planned' : 'done',
    ...occurredParts(when.toISOString()),
    summary: '',
    notes: '',
    followUpOn: '',
    programmeId: '',
    personIds: [],
    newPeople: [],
    trustNotes: [],
    commitments: [],
  };
}

function occurredParts(iso: string) {
  const { date, time } = toLocalParts(iso);
  return { occurredOn: date, occurredTime: time };
}

/** The backend speaks of one moment, `occurredAt`; the form shows it as a day and a time. */
function onFormFields(errors: Record<string, string>): Record<string, string> {
  const { occurredAt, ...rest } = errors;
  return occurredAt ? { ...rest, occurredOn: occurredAt } : rest;
}

function toInput(values: Values) {
  return {
    employerId: values.employerId,
    kind: values.kind,
    status: values.status,
    occurredAt: fromLocalParts(values.occurredOn, values.occurredTime),
    summary: values.summary,
    notes: values.notes,
    followUpOn: values.followUpOn,
    programmeId: values.programmeId || null,
    personIds: values.personIds,
    newPeople: values.newPeople.map((name) => ({ name })),
    trustNotes: values.trustNotes.map((note) => ({
      ...note,
      personId: note.level === 'inter_personal' ? note.personId || null : null,
    })),
    commitments: values.commitments,
  };
}

const submitLabels: Record<InteractionStatus, string> = {
  done: 'Log contact',
  planned: 'Plan contact',
  cancelled: 'Record as cancelled',
};

function Form({
  request,
  interaction,
  onDone,
}: {
  request: InteractionRequest;
  interaction?: Interaction;
  onDone: () => void;
}) {
  const vocabulary = useVocabulary();
  const programmes = useProgrammeOptions();
  const create = useCreateInteraction();
  const update = useUpdateInteraction();
  const archive = useArchiveInteraction();
  const [problem, setProblem] = useState<string | null>(null);
  const remove = async (removed: Interaction) => {
    await archive.mutateAsync({ id: removed.id });
    onDone();
    notifyWithUndo({
      id: `removed-${removed.id}`,
      message: `Removed “${removed.summary}”.`,
    });
  };
  const form = useForm<Values>({
    initialValues: initialValues(request, interaction),
    validate: (values) => {
      const parsed = interactionFields.safeParse(toInput(values));
      const errors = parsed.success ? {} : onFormFields(fieldErrorsOf(parsed.error));
      if (!timePattern.test(values.occurredTime.trim())) errors.occurredTime = 'Enter a time like 14:30';
      return errors;
    },
  });
  const overview = useEmployerOverview(form.values.employerId);
  const prefilled = useEmployer(request.employerId ?? '');
  const people = (overview.data?.people ?? []).map((role) => ({
    value: role.personId,
    label: role.endedOn ? `${role.personName} (has left)` : role.personName,
  }));
  const uniquePeople = people.filter((option, index) => people.findIndex((o) => o.value === option.value) === index);

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    const input = toInput(values);
    try {
      if (interaction) {
        const { employerId: _employerId, trustNotes: _notes, commitments: _promises, ...changes } = input;
        await update.mutateAsync({ id: interaction.id, ...changes });
        notifications.show({ color: 'teal', message: `Saved “${values.summary}”.` });
      } else {
        const created = await create.mutateAsync(input);
        notifyWithUndo({
          id: `logged-${created.id}`,
          message: `Logged “${created.summary}” with ${created.employerName}.`,
        });
      }
      onDone();
    } catch (error) {
      if (error instanceof RequestError && error.error.fieldErrors)
        form.setErrors(onFormFields(error.error.fieldErrors));
      else setProblem(errorMessage(error));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <NothingSaved problem={problem} />
        {!interaction && (
          <EmployerPicker
            label="Employer"
            value={form.values.employerId || null}
            initialName={prefilled.data?.name}
            onChange={(id) => {
              form.setFieldValue('employerId', id ?? '');
              form.setFieldValue('personIds', []);
            }}
            error={form.errors.employerId as string | undefined}
            autoFocus={!form.values.employerId}
          />
        )}
        <TextInput
          label="Summary"
          description="One line: what it was about"
          placeholder="For example, Call with Sam about the warehouse roles"
          data-autofocus={Boolean(form.values.employerId) || undefined}
          {...form.getInputProps('summary')}
        />
        <SimpleGrid cols={2}>
          <Select
            label="Kind"
            data={vocabulary.options('interaction_kind')}
            allowDeselect={false}
            {...form.getInputProps('kind')}
          />
          <Group gap="xs" grow align="flex-start">
            <UkDateInput label="Day" clearable={false} {...form.getInputProps('occurredOn')} />
            <TextInput label="Time" placeholder="14:30" maw={90} {...form.getInputProps('occurredTime')} />
          </Group>
        </SimpleGrid>
        <div>
          <Text size="sm" fw={500} id="interaction-status" mb={4}>
            Status
          </Text>
          <SegmentedControl
            aria-labelledby="interaction-status"
            data={[
              { value: 'done', label: 'Done' },
              { value: 'planned', label: 'Planned' },
              { value: 'cancelled', label: 'Cancelled' },
            ]}
            {...form.getInputProps('status')}
            onChange={(status) => {
              form.setFieldValue('status', status as InteractionStatus);
              // "Cannot be in the future" belonged to the status left behind.
              form.clearFieldError('occurredOn');
            }}
          />
        </div>
        <MultiSelect
          label="People there"
          placeholder={uniquePeople.length ? 'Choose from their contacts' : 'No contacts recorded yet'}
          data={uniquePeople}
          searchable
          clearable
          {...form.getInputProps('personIds')}
          error={form.errors.personIds}
        />
        <TagsInput
          label="Someone new"
          description="Type the name of anyone you met for the first time and press Enter. They are added as a contact."
          {...form.getInputProps('newPeople')}
        />
        <Textarea
          label="Notes"
          description="You can use Markdown: **bold**, - lists"
          autosize
          minRows={3}
          maxRows={12}
          {...form.getInputProps('notes')}
        />
        <Group align="flex-start">
          <UkDateInput label="Follow up on" w={220} {...form.getInputProps('followUpOn')} />
          {programmes.length > 0 && (
            <Select
              label="Programme (optional)"
              data={programmes}
              clearable
              w={280}
              {...form.getInputProps('programmeId')}
            />
          )}
        </Group>
        {!interaction && form.values.status === 'done' && (
          <OutcomeFields form={form} people={uniquePeople.filter((person) => !person.label.endsWith('(has left)'))} />
        )}
        <Group justify="flex-end">
          {interaction && (
            <Button variant="subtle" color="red" mr="auto" onClick={() => void remove(interaction)}>
              Remove this contact
            </Button>
          )}
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {interaction ? 'Save changes' : submitLabels[form.values.status]}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
