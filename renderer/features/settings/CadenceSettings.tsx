// How often each phase expects contact: the rule behind "going cold".
import { Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { cadencePhases, type Settings } from '../../../shared/settings/schema';
import { NothingSaved, SaveForm } from '../../app/components/ServerErrors';
import { useRecordMutation } from '../../app/mutations';
import { useFields } from '../../app/useFields';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { useSettings } from './queries';

export function CadenceSettings() {
  const settings = useSettings();
  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4">
        How often to be in touch
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        An employer is going cold when there has been no contact for longer than this. Today and the employer list show
        them.
      </Text>
      {settings.data && <CadenceForm settings={settings.data} />}
    </Paper>
  );
}

function CadenceForm({ settings }: { settings: Settings }) {
  const vocabulary = useVocabulary();
  const update = useRecordMutation('settings.update');
  const { values, setValues, attempt, errors, problem } = useFields<Record<string, number | string>>({
    ...settings.cadenceDays,
  });
  const save = attempt(async () => {
    await update.mutateAsync({ cadenceDays: values as Settings['cadenceDays'] });
    notifications.show({ color: 'teal', message: 'Saved how often to be in touch.' });
  });
  return (
    <SaveForm onSave={save}>
      <Stack gap="sm">
        <NothingSaved problem={problem} />
        <Group align="flex-start">
          {cadencePhases.map((phase) => (
            <NumberInput
              key={phase}
              label={vocabulary.label('phase', phase)}
              suffix=" days"
              min={1}
              max={365}
              clampBehavior="none"
              w={160}
              value={values[phase]}
              onChange={(days) => setValues((current) => ({ ...current, [phase]: days }))}
              error={errors[`cadenceDays.${phase}`]}
            />
          ))}
        </Group>
        <Button type="submit" w="fit-content" loading={update.isPending}>
          Save how often to be in touch
        </Button>
      </Stack>
    </SaveForm>
  );
}
