// The shape of the references used for participants, so names can never be typed in their place.
import { Button, Group, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Settings } from '../../../shared/settings/schema';
import { NothingSaved, SaveForm } from '../../app/components/ServerErrors';
import { useRecordMutation } from '../../app/mutations';
import { useFields } from '../../app/useFields';
import { useSettings } from './queries';

export function ReferenceSettings() {
  const settings = useSettings();
  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4">
        Participant references
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        People you refer are recorded by reference only, never by name. Set the format your organisation uses.
      </Text>
      {settings.data && <ReferenceForm format={settings.data.referenceFormat} />}
    </Paper>
  );
}

function ReferenceForm({ format }: { format: Settings['referenceFormat'] }) {
  const update = useRecordMutation('settings.update');
  const { values, inputProps, attempt, errors, problem } = useFields<Record<string, string | number>>({
    prefix: format.prefix,
    min: format.digits.min,
    max: format.digits.max,
  });
  const example = `${values.prefix}${'0231'.padStart(Number(values.min) || 1, '0').slice(-(Number(values.max) || 4))}`;
  const save = attempt(async () => {
    await update.mutateAsync({
      referenceFormat: { prefix: String(values.prefix), digits: { min: Number(values.min), max: Number(values.max) } },
    });
    notifications.show({ color: 'teal', message: 'Saved the reference format.' });
  });
  return (
    <SaveForm onSave={save}>
      <Stack gap="sm">
        <NothingSaved problem={problem} />
        <Group align="flex-start">
          <TextInput label="Starts with" w={140} {...inputProps('prefix')} error={errors['referenceFormat.prefix']} />
          <NumberInput
            label="Fewest digits"
            w={140}
            min={1}
            max={12}
            {...inputProps('min')}
            error={errors['referenceFormat.digits.min']}
          />
          <NumberInput
            label="Most digits"
            w={140}
            min={1}
            max={12}
            {...inputProps('max')}
            error={errors['referenceFormat.digits.max']}
          />
        </Group>
        <Text size="sm">For example: {example}</Text>
        <Button type="submit" w="fit-content" loading={update.isPending}>
          Save reference format
        </Button>
      </Stack>
    </SaveForm>
  );
}
