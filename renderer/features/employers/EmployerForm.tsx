import {
  Alert,
  Anchor,
  Autocomplete,
  Button,
  Checkbox,
  Group,
  Kbd,
  List,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { employerFields } from '../../../shared/employers/schema';
import type { VocabularyListName } from '../../../shared/vocabulary';
import { fieldErrorsOf } from '../../../shared/validation';
import { RequestError, errorMessage } from '../../app/client';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { DuplicateWarning } from './DuplicateWarning';
import { toFields, type EmployerFormValues, type YesNoUnknown } from './formValues';
import { useAccountOwners, useLocalities } from './queries';
import { DiscardChanges } from '../../app/components/DiscardGuard';

const fieldLabels: Record<string, string> = {
  name: 'Name',
  sector: 'Sector',
  sizeBand: 'Size',
  ownership: 'Ownership',
  locality: 'Area',
  localRecruitmentDiscretion: 'Local say over recruitment',
  livingWageEmployer: 'Living Wage employer',
  collectiveAgreement: 'Trade union or collective agreement',
  website: 'Website',
  phone: 'Phone',
  email: 'Email',
  address: 'Address',
  postcode: 'Postcode',
  approach: 'How the relationship started',
  phase: 'Phase',
  accountOwner: 'Account owner',
  notes: 'Notes',
};
const fieldId = (field: string) => `employer-${field}`;

export function EmployerForm({
  initialValues,
  employerId,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initialValues: EmployerFormValues;
  employerId?: string;
  submitLabel: string;
  onSubmit: (fields: ReturnType<typeof toFields>) => Promise<unknown>;
  onCancel: () => void;
}) {
  const vocabulary = useVocabulary();
  const localities = useLocalities();
  const owners = useAccountOwners();
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const form = useForm<EmployerFormValues>({
    mode: 'controlled',
    initialValues,
    validate: (values) => {
      const parsed = employerFields.safeParse(toFields(values));
      return parsed.success ? {} : fieldErrorsOf(parsed.error);
    },
    validateInputOnBlur: true,
  });

  const submit = form.onSubmit(
    async (values) => {
      setProblem(null);
      setSaving(true);
      try {
        await onSubmit(toFields(values));
      } catch (error) {
        const fieldErrors = error instanceof RequestError ? error.error.fieldErrors : undefined;
        if (fieldErrors) {
          form.setErrors(fieldErrors);
          focusFirstError(fieldErrors);
        } else {
          setProblem(errorMessage(error));
        }
      } finally {
        setSaving(false);
      }
    },
    (errors) => focusFirstError(errors),
  );
  useHotkeys([['mod+S', () => submit()]], []);
  const cancel = () => (form.isDirty() ? setConfirmingDiscard(true) : onCancel());
  // Escape closes an open list first; only a second Escape leaves the form.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Escape' && target.getAttribute('aria-expanded') !== 'true') cancel();
  };

  const errors = Object.entries(form.errors).filter(([, message]) => message);
  const input = (field: keyof EmployerFormValues) => ({ id: fieldId(field), ...form.getInputProps(field) });
  // A Select shows "nothing chosen" for null, not for the form's ''.
  const choice = (field: 'sector' | 'sizeBand' | 'ownership' | 'approach' | 'phase', list: VocabularyListName) => ({
    ...input(field),
    data: vocabulary.options(list),
    clearable: true,
    searchable: true,
    value: form.values[field] || null,
    onChange: (value: string | null) => form.setFieldValue(field, value ?? ''),
  });
  const yesNo = (
    field: 'localRecruitmentDiscretion' | 'livingWageEmployer' | 'collectiveAgreement',
    description?: string,
  ) => (
    <Radio.Group
      label={fieldLabels[field]}
      description={description}
      value={form.values[field]}
      onChange={(value) => form.setFieldValue(field, value as YesNoUnknown)}
      error={form.errors[field]}
    >
      <Group gap="lg" mt={6}>
        <Radio value="yes" label="Yes" id={fieldId(field)} />
        <Radio value="no" label="No" />
        <Radio value="" label="Not known" />
      </Group>
    </Radio.Group>
  );

  return (
    <>
      <DiscardChanges
        opened={confirmingDiscard}
        onKeepEditing={() => setConfirmingDiscard(false)}
        onDiscard={onCancel}
      />
      <form onSubmit={submit} onKeyDown={onKeyDown} noValidate>
        <Stack gap="lg" maw={900} pb="xl">
          {errors.length > 0 && (
            <Alert color="red" variant="light" title="There is a problem" role="alert">
              <List size="sm">
                {errors.map(([field, message]) => (
                  <List.Item key={field}>
                    <Anchor
                      href={`#${fieldId(field)}`}
                      onClick={(event) => {
                        event.preventDefault();
                        focusField(field);
                      }}
                      c="red.9"
                    >
                      {fieldLabels[field] ? `${fieldLabels[field]}: ` : ''}
                      {message}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {problem && (
            <Alert color="red" variant="light" title="Your changes were not saved" role="alert">
              {problem}
            </Alert>
          )}

          <Section title="About the employer">
            <TextInput label="Name" required withAsterisk {...input('name')} autoFocus={!employerId} maxLength={400} />
            <DuplicateWarning name={form.values.name} excludeId={employerId} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select label="Sector" placeholder="Choose a sector" {...choice('sector', 'sector')} />
              <Select label="Size" placeholder="Choose a size" {...choice('sizeBand', 'size_band')} />
              <Select label="Ownership" placeholder="Choose one" {...choice('ownership', 'ownership')} />
              <Autocomplete
                label="Area"
                description="The town or patch you use to group employers"
                data={localities.data ?? []}
                {...input('locality')}
              />
            </SimpleGrid>
          </Section>

          <Section title="The relationship">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label="Phase"
                required
                withAsterisk
                description={
                  employerId
                    ? 'To change it, use “Move phase” on the employer’s page, so the move is dated.'
                    : (vocabulary.help('phase', form.values.phase) ?? 'Where the relationship is now')
                }
                {...choice('phase', 'phase')}
                disabled={Boolean(employerId)}
                clearable={false}
                searchable={false}
                allowDeselect={false}
              />
              <Select
                label="How the relationship started"
                placeholder="Choose one"
                {...choice('approach', 'approach')}
              />
              <Autocomplete
                label="Account owner"
                description="Who in your organisation looks after this employer"
                data={(owners.data ?? []).map((owner) => owner.name)}
                {...input('accountOwner')}
              />
            </SimpleGrid>
          </Section>

          <Section title="How they recruit and employ">
            <Checkbox
              label="This is a branch of a national employer"
              id={fieldId('isBranchOfNational')}
              {...form.getInputProps('isBranchOfNational', { type: 'checkbox' })}
            />
            {form.values.isBranchOfNational &&
              yesNo(
                'localRecruitmentDiscretion',
                'Can the local manager decide who to recruit, or is it done at head office?',
              )}
            {yesNo('livingWageEmployer', 'Accredited by the Living Wage Foundation')}
            {yesNo('collectiveAgreement', 'A recognised trade union, or pay set by a collective agreement')}
          </Section>

          <Section title="Contact details">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label="Website" placeholder="www.example.co.uk" {...input('website')} />
              <TextInput label="Phone" type="tel" {...input('phone')} />
              <TextInput label="Email" type="email" {...input('email')} />
              <TextInput label="Postcode" {...input('postcode')} w={160} />
            </SimpleGrid>
            <Textarea label="Address" autosize minRows={2} {...input('address')} />
          </Section>

          <Section title="Notes">
            <Textarea
              label="Notes"
              description="Anything worth remembering about this employer"
              autosize
              minRows={3}
              {...input('notes')}
            />
          </Section>

          <Group>
            <Button type="submit" loading={saving}>
              {submitLabel}
            </Button>
            <Button variant="default" onClick={cancel}>
              Cancel
            </Button>
            <Text size="sm" c="dimmed">
              <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">S</Kbd> saves, <Kbd size="xs">Esc</Kbd> cancels
            </Text>
          </Group>
        </Stack>
      </form>
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section">
      <Stack gap="md">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function focusField(field: string) {
  document.getElementById(fieldId(field))?.focus();
}

function focusFirstError(errors: Record<string, unknown>) {
  const first = Object.keys(errors).find((field) => errors[field]);
  if (first) requestAnimationFrame(() => focusField(first));
}
