// Add or edit a person. Added from an employer's page, they are linked there in the same step.
import { Button, Checkbox, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Person } from '../../../shared/people/schema';
import { personFields } from '../../../shared/people/schema';
import { fieldErrorsOf } from '../../../shared/validation';
import { errorMessage, RequestError } from '../../app/client';
import { useConfirm } from '../../app/components/ConfirmDialog';
import { NothingSaved } from '../../app/components/ServerErrors';
import { UkDateInput } from '../../app/components/UkDateInput';
import { withConfirmation } from '../../app/conflictConfirm';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { useCreatePerson, useUpdatePerson } from './queries';
import { GuardedModal } from '../../app/components/DiscardGuard';

type Values = {
  name: string;
  email: string;
  phone: string;
  /** One on each line. */
  otherPhones: string;
  otherEmails: string;
  preferredChannel: string;
  notes: string;
  roleTitle: string;
  startedOn: string;
  isPrimary: boolean;
};

export function PersonFormModal({
  opened,
  onClose,
  person,
  employer,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  person?: Person;
  employer?: { id: string; name: string };
  onSaved?: (person: Person) => void;
}) {
  return (
    <GuardedModal opened={opened} onClose={onClose} title={person ? `Edit ${person.name}` : 'Add a person'} size="lg">
      {opened && <PersonForm person={person} employer={employer} onClose={onClose} onSaved={onSaved} />}
    </GuardedModal>
  );
}

function PersonForm({
  person,
  employer,
  onClose,
  onSaved,
}: {
  person?: Person;
  employer?: { id: string; name: string };
  onClose: () => void;
  onSaved?: (person: Person) => void;
}) {
  const vocabulary = useVocabulary();
  const create = useCreatePerson();
  const update = useUpdatePerson();
  const confirm = useConfirm({ title: 'Change the main contact?', confirmLabel: 'Make them the main contact' });
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      name: person?.name ?? '',
      email: person?.email ?? '',
      phone: person?.phone ?? '',
      otherPhones: person?.otherPhones.join('\n') ?? '',
      otherEmails: person?.otherEmails.join('\n') ?? '',
      preferredChannel: person?.preferredChannel ?? '',
      notes: person?.notes ?? '',
      roleTitle: '',
      startedOn: '',
      isPrimary: false,
    },
    validate: (values) => {
      const parsed = personFields.safeParse(values);
      return parsed.success ? {} : fieldErrorsOf(parsed.error);
    },
  });

  const submit = form.onSubmit(async ({ roleTitle, startedOn, isPrimary, ...fields }) => {
    setProblem(null);
    try {
      const saved = person
        ? await update.mutateAsync({ id: person.id, ...fields })
        : await withConfirmation(
            (replacePrimary) =>
              create.mutateAsync({
                ...fields,
                ...(employer ? { employerId: employer.id, roleTitle, startedOn, isPrimary, replacePrimary } : {}),
              }),
            confirm.ask,
          );
      if (!saved) return;
      notifications.show({ color: 'teal', message: person ? `Saved ${saved.name}.` : `Added ${saved.name}.` });
      onSaved?.(saved);
      onClose();
    } catch (error) {
      if (error instanceof RequestError && error.error.fieldErrors) form.setErrors(error.error.fieldErrors);
      else setProblem(errorMessage(error));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      {confirm.dialog}
      <Stack>
        <NothingSaved problem={problem} />
        <TextInput label="Name" required withAsterisk data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={2}>
          <TextInput label="Email" type="email" {...form.getInputProps('email')} />
          <TextInput label="Phone" type="tel" {...form.getInputProps('phone')} />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          {(
            [
              ['otherEmails', 'Other email addresses'],
              ['otherPhones', 'Other phone numbers'],
            ] as const
          ).map(([field, label]) => (
            <Textarea
              key={field}
              label={label}
              description="One on each line"
              autosize
              minRows={1}
              {...form.getInputProps(field)}
            />
          ))}
        </SimpleGrid>
        <Select
          label="Best way to get in touch"
          data={vocabulary.options('preferred_channel')}
          clearable
          {...form.getInputProps('preferredChannel')}
          value={form.values.preferredChannel || null}
          onChange={(value) => form.setFieldValue('preferredChannel', value ?? '')}
        />
        {employer && (
          <>
            <SimpleGrid cols={2}>
              <TextInput
                label={`Job title at ${employer.name}`}
                placeholder="For example, HR manager"
                {...form.getInputProps('roleTitle')}
              />
              <UkDateInput label="Started on" {...form.getInputProps('startedOn')} />
            </SimpleGrid>
            <Checkbox
              label={`Make them the main contact at ${employer.name}`}
              {...form.getInputProps('isPrimary', { type: 'checkbox' })}
            />
          </>
        )}
        <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {person ? 'Save changes' : 'Add person'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
