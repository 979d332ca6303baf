// Setting, changing or removing the passphrase: in Settings, and in the welcome.
import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { minPassphraseLength } from '../../../shared/security/passphrase';
import { errorMessage, RequestError } from '../../app/client';
import { useSetPassphrase } from './queries';

export type Mode = 'set' | 'change' | 'remove';

const labels: Record<Mode, { button: string; done: string }> = {
  set: { button: 'Protect my record', done: 'Your record is now protected with your passphrase.' },
  change: { button: 'Change the passphrase', done: 'Changed your passphrase.' },
  remove: { button: 'Remove the passphrase', done: 'Removed the passphrase. Your record is no longer encrypted.' },
};

export function PassphraseForm({
  mode,
  onDone,
  cancelLabel = 'Cancel',
}: {
  mode: Mode;
  onDone: () => void;
  cancelLabel?: string;
}) {
  const setPassphrase = useSetPassphrase();
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
      await setPassphrase.mutateAsync({ ...input, current: mode === 'set' ? undefined : values.current });
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
            {cancelLabel}
          </Button>
          <Button type="submit" loading={busy} color={mode === 'remove' ? 'red' : undefined}>
            {labels[mode].button}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
