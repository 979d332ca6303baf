// Settings → Passphrase: protect the record (and its backups) with a passphrase, change or
// remove it, and choose when Bridgework locks itself.
import { Alert, Button, Group, NumberInput, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { minPassphraseLength } from '../../../shared/security/schema';
import { errorMessage, invoke, RequestError } from '../../app/client';
import { useRecordMutation } from '../../app/mutations';
import { lockNow } from './useIdleLock';

type Mode = 'set' | 'change' | 'remove';

export function SecurityPanel() {
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => invoke('settings.get') });
  const update = useRecordMutation('settings.update');
  const [mode, setMode] = useState<Mode | null>(null);
  const encrypted = settings.data?.encrypted ?? false;
  return (
    <Paper withBorder p="lg" id="passphrase" tabIndex={-1}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4">
            Passphrase
          </Title>
          <Text size="sm" c="dimmed">
            {encrypted
              ? 'Your record and its backups are encrypted. Nobody can read them without your passphrase.'
              : 'Protect your record with a passphrase. Your record and its backups are then encrypted: nobody can read them without it. Keep it somewhere safe: without it, your record cannot be opened, even by you.'}
          </Text>
        </div>
        {encrypted && settings.data && (
          <Group align="flex-end">
            <NumberInput
              label="Lock after (minutes without use)"
              description="0 means never"
              defaultValue={settings.data.lockAfterMinutes}
              min={0}
              max={480}
              maw={260}
              onBlur={(event) => {
                const minutes = Number(event.currentTarget.value);
                if (Number.isInteger(minutes) && minutes !== settings.data.lockAfterMinutes) {
                  update.mutate({ lockAfterMinutes: minutes });
                }
              }}
              error={update.error ? errorMessage(update.error) : null}
            />
            <Button variant="default" leftSection={<IconLock size={16} />} onClick={lockNow}>
              Lock now
            </Button>
          </Group>
        )}
        {mode ? (
          <PassphraseForm mode={mode} onDone={() => setMode(null)} />
        ) : (
          <Group gap="xs">
            {encrypted ? (
              <>
                <Button variant="default" onClick={() => setMode('change')}>
                  Change the passphrase
                </Button>
                <Button variant="subtle" color="red" onClick={() => setMode('remove')}>
                  Remove the passphrase
                </Button>
              </>
            ) : (
              <Button onClick={() => setMode('set')}>Set a passphrase</Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

const labels: Record<Mode, { button: string; done: string }> = {
  set: { button: 'Protect my record', done: 'Your record is now protected with your passphrase.' },
  change: { button: 'Change the passphrase', done: 'Changed your passphrase.' },
  remove: { button: 'Remove the passphrase', done: 'Removed the passphrase. Your record is no longer encrypted.' },
};

function PassphraseForm({ mode, onDone }: { mode: Mode; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ current: '', passphrase: '', repeated: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const field = (name: keyof typeof values, label: string, description?: string) => (
    <PasswordInput
      label={label}
      description={description}
      value={values[name]}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setValues((current) => ({ ...current, [name]: value }));
        setErrors((current) => ({ ...current, [name]: '' }));
      }}
      error={errors[name] || null}
      maw={420}
    />
  );
  const submit = async () => {
    setBusy(true);
    try {
      const input = mode === 'remove' ? { ...values, passphrase: '', repeated: '' } : values;
      await invoke('security.setPassphrase', { ...input, current: mode === 'set' ? undefined : values.current });
      await queryClient.invalidateQueries();
      notifications.show({ color: 'teal', message: labels[mode].done });
      onDone();
    } catch (error) {
      setErrors(
        error instanceof RequestError && error.error.fieldErrors
          ? error.error.fieldErrors
          : { passphrase: errorMessage(error) },
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        {mode !== 'set' && field('current', 'Current passphrase')}
        {mode !== 'remove' && (
          <>
            {field(
              'passphrase',
              'New passphrase',
              `At least ${minPassphraseLength} characters. A few words you will remember work well.`,
            )}
            {field('repeated', 'Type the new passphrase again')}
          </>
        )}
        {mode === 'remove' && (
          <Alert color="yellow">
            Without a passphrase, anyone who can open this computer’s files can read your record.
          </Alert>
        )}
        <Group gap="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={busy} color={mode === 'remove' ? 'red' : undefined}>
            {labels[mode].button}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
