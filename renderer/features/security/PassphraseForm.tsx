// Setting, changing or removing the passphrase: in Settings, and in the welcome.
import { Alert, Button, Group, PasswordInput, Progress, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { JobProgress } from '../../../shared/jobs/schema';
import { minPassphraseLength } from '../../../shared/security/passphrase';
import type { OldBackups, OlderBackupsDone } from '../../../shared/security/schema';
import { errorMessage, RequestError } from '../../app/client';
import { useBackups } from '../backups/queries';
import { useFollowProgress } from '../jobs/useFollowProgress';
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
  const hasBackups = (useBackups().data?.backups.length ?? 0) > 0;
  const [oldBackups, setOldBackups] = useState<OldBackups>('rewrite');
  const [working, setWorking] = useState<string | null>(null);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  useFollowProgress(working, setProgress);
  const busy = working !== null;
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
    const jobId = crypto.randomUUID();
    setWorking(jobId);
    setProgress(null);
    try {
      const input = mode === 'remove' ? { ...values, passphrase: '', repeated: '' } : values;
      const done = await setPassphrase.mutateAsync({
        ...input,
        current: mode === 'set' ? undefined : values.current,
        oldBackups,
        jobId,
      });
      notifications.show({ color: 'teal', message: `${labels[mode].done} ${whatBecameOf(done.backups, mode)}` });
      const left = done.backups.leftAsTheyWere;
      if (left.length) {
        const them = left.length === 1 ? 'it' : 'them';
        notifications.show({
          color: 'yellow',
          autoClose: false,
          title: 'Some backups were left as they were',
          message: `${left.join(', ')} did not open with your old passphrase, so Bridgework could not change ${them}. Delete ${them} from the backups folder if you no longer need ${them}.`,
        });
      }
      onDone();
    } catch (error) {
      setErrors(
        error instanceof RequestError && error.error.fieldErrors
          ? error.error.fieldErrors
          : { passphrase: errorMessage(error) },
      );
    } finally {
      setWorking(null);
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
        {mode === 'remove' ? (
          <Alert color="yellow">
            Without a passphrase, anyone who can open this computer’s files can read your record. Your backups will no
            longer be encrypted either.
          </Alert>
        ) : (
          hasBackups && (
            <Radio.Group
              label="Backups you already have"
              value={oldBackups}
              onChange={(value) => setOldBackups(value as OldBackups)}
            >
              <Stack gap="xs" mt="xs">
                <Radio value="rewrite" label="Encrypt them with the new passphrase (recommended)" />
                <Radio value="remove" label="Delete them. Bridgework makes a new backup each day." />
              </Stack>
            </Radio.Group>
          )
        )}
        {busy && progress && progress.total > 0 && (
          <Stack gap={4} role="status">
            <Text size="sm">
              {progress.stage}: {progress.done} of {progress.total}
            </Text>
            <Progress value={(progress.done / progress.total) * 100} aria-label="How far the backups have got" />
          </Stack>
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

function whatBecameOf(backups: OlderBackupsDone, mode: Mode): string {
  const count = (n: number) => (n === 1 ? '1 older backup was' : `${n.toLocaleString('en-GB')} older backups were`);
  if (backups.removed) return `${count(backups.removed)} deleted.`;
  if (!backups.rewritten) return '';
  return mode === 'remove'
    ? `${count(backups.rewritten)} decrypted too.`
    : `${count(backups.rewritten)} encrypted with it too.`;
}
