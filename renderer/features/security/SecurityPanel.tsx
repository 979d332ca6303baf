// Settings → Passphrase: protect the record (and its backups) with a passphrase, change or
// remove it, and choose when Bridgework locks itself.
import { Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../app/client';
import { PassphraseForm, type Mode } from './PassphraseForm';
import { lockNow } from './queries';
import { useSettings, useUpdateSettings } from '../settings/queries';

export function SecurityPanel() {
  const settings = useSettings();
  const update = useUpdateSettings();
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
