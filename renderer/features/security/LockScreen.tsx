// While the record is locked (at start, or after a while unused), the passphrase form covers the
// window. What was on screen stays as it was underneath (nothing typed is lost) but cannot be
// reached until the record is unlocked. A wrong passphrase is said next to the field. A file with
// no note that a passphrase was set may be damaged instead: its backups are then offered too.
import { Box, Button, Center, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { errorMessage, lockedEvent } from '../../app/client';
import { backupsQueries } from '../backups/queries';
import { RestoreNewest } from '../backups/RestoreNewest';
import { useUnlock } from './queries';

export function LockScreen({ children }: { children: ReactNode }) {
  const [locked, setLocked] = useState(false);
  useEffect(() => {
    const lock = () => setLocked(true);
    window.addEventListener(lockedEvent, lock);
    return () => window.removeEventListener(lockedEvent, lock);
  }, []);
  return (
    <>
      <div inert={locked} aria-hidden={locked} style={{ height: '100%' }}>
        {children}
      </div>
      {locked && (
        <Box pos="fixed" inset={0} bg="var(--mantine-color-body)" style={{ zIndex: 1000 }}>
          <UnlockForm onUnlocked={() => setLocked(false)} />
        </Box>
      )}
    </>
  );
}

function UnlockForm({ onUnlocked }: { onUnlocked: () => void }) {
  const unlockRecord = useUnlock();
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Answered only when the file may be damaged; asked afresh each time the lock screen shows.
  const backups = useQuery({ ...backupsQueries.query('backups.list'), refetchOnMount: 'always' });
  const offered = backups.isSuccess && !backups.isFetching ? backups.data.backups[0] : undefined;
  const unlock = async () => {
    setBusy(true);
    try {
      await unlockRecord.mutateAsync({ passphrase });
      onUnlocked();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Center h="100%" p="xl" component="main">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void unlock();
        }}
      >
        <Stack maw={420} gap="md">
          <IconLock size={40} stroke={1.5} aria-hidden />
          <Title order={1}>Bridgework is locked</Title>
          <Text c="dimmed">Your record is protected with a passphrase. Enter it to carry on.</Text>
          <PasswordInput
            label="Passphrase"
            value={passphrase}
            onChange={(event) => {
              setPassphrase(event.currentTarget.value);
              setProblem(null);
            }}
            error={problem}
            autoFocus
          />
          <Button type="submit" loading={busy} w="fit-content">
            Unlock
          </Button>
          {offered && (
            <>
              <Text>If you never set a passphrase, your record’s file may be damaged.</Text>
              <RestoreNewest newest={offered} onRestored={onUnlocked} />
            </>
          )}
        </Stack>
      </form>
    </Center>
  );
}
