// Settings → Team: share the record with colleagues through a folder their cloud drive already
// syncs. Start a team (and pass on its join code), or join one; then Sync now, and see what two
// people changed at once.
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { formatDateTime } from '../../../shared/dates';
import type { TeamCreated, TeamStatus } from '../../../shared/team/schema';
import { RequestError } from '../../app/client';
import { NothingSaved, SaveForm, useServerErrors } from '../../app/components/ServerErrors';
import { useSettings } from '../settings/queries';
import { Conflicts } from './Conflicts';
import { JoinCode, ShowJoinCode } from './JoinCode';
import { Members } from './Members';
import { useCreateTeam, useJoinTeam, useSyncTeam, useTeamStatus } from './queries';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
const cancelled = (error: unknown) => error instanceof RequestError && error.error.code === 'cancelled';

export function TeamPanel() {
  const status = useTeamStatus();
  const [created, setCreated] = useState<TeamCreated | null>(null);
  return (
    <Paper withBorder p="lg" id="team" tabIndex={-1}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          Team
        </Title>
        {created && <JoinCode title={`You started ${created.name}`} joinCode={created.joinCode} />}
        {status.data?.team ? (
          <TeamState team={status.data.team} />
        ) : status.data ? (
          <>
            <Text size="sm">
              Share your record with colleagues through a folder your cloud drive already keeps in step (OneDrive,
              SharePoint, Google Drive, Dropbox or Syncthing). Everything Bridgework puts there is encrypted: the
              drive’s company cannot read it. Each of you works offline, and changes travel when the folder syncs.
            </Text>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <StartTeam onCreated={setCreated} />
              <JoinTeam />
            </SimpleGrid>
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}

function StartTeam({ onCreated }: { onCreated: (created: TeamCreated) => void }) {
  const settings = useSettings();
  const create = useCreateTeam();
  const [name, setName] = useState<string | null>(null);
  const teamName = name ?? settings.data?.charity.name ?? '';
  const { server, submit } = useFolderAction(async () => onCreated(await create.mutateAsync({ name: teamName })));
  return (
    <FolderForm title="Start a team" onSave={submit} server={server}>
      <TextInput
        label="Team name"
        value={teamName}
        onChange={(event) => setName(event.currentTarget.value)}
        error={server.errors.name}
      />
      <FolderProblem message={server.errors.folder} />
      <Button type="submit" w="fit-content" loading={create.isPending}>
        Choose the shared folder and start
      </Button>
    </FolderForm>
  );
}

function JoinTeam() {
  const join = useJoinTeam();
  const [code, setCode] = useState('');
  const { server, submit } = useFolderAction(async () => {
    const joined = await join.mutateAsync({ joinCode: code });
    notifications.show({
      color: 'teal',
      message: `You joined ${joined.name}. Your record is now the team’s, and stays in step through ${joined.folder}.`,
    });
  });
  return (
    <FolderForm title="Join a team" onSave={submit} server={server}>
      <Textarea
        label="Join code"
        description="The 24 words a colleague gave you"
        autosize
        minRows={2}
        value={code}
        onChange={(event) => setCode(event.currentTarget.value)}
        error={server.errors.joinCode}
      />
      <FolderProblem message={server.errors.folder} />
      <Button type="submit" w="fit-content" variant="default" loading={join.isPending}>
        Choose the shared folder and join
      </Button>
    </FolderForm>
  );
}

/** An action that asks for a folder: choosing none is not a problem; a refused folder shows under the form. */
function useFolderAction(run: () => Promise<void>) {
  const server = useServerErrors();
  const submit = async () => {
    try {
      await run();
      server.setErrors({});
    } catch (error) {
      if (!cancelled(error)) server.report(error);
    }
  };
  return { server, submit };
}

function FolderForm({
  title,
  onSave,
  server,
  children,
}: {
  title: string;
  onSave: () => Promise<void>;
  server: ReturnType<typeof useServerErrors>;
  children: ReactNode;
}) {
  return (
    <SaveForm onSave={onSave}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        <NothingSaved problem={server.problem} />
        {children}
      </Stack>
    </SaveForm>
  );
}

function FolderProblem({ message }: { message?: string }) {
  return message ? (
    <Text size="sm" c="red" role="alert">
      {message}
    </Text>
  ) : null;
}

function TeamState({ team }: { team: NonNullable<TeamStatus['team']> }) {
  const sync = useSyncTeam();
  const syncNow = () =>
    sync.mutate(undefined, {
      onSuccess: ({ shared, applied }) =>
        notifications.show({
          color: 'teal',
          message:
            shared + applied === 0
              ? 'Everything is in step.'
              : `Shared ${plural(shared, 'change')} and took in ${plural(applied, 'change')} from colleagues.`,
        }),
      onError: (error) =>
        notifications.show({ color: 'red', title: 'The team did not sync', message: (error as Error).message }),
    });
  return (
    <>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        Shared with {team.name} through {team.folder}.{' '}
        {team.waiting > 0 ? `${plural(team.waiting, 'change')} not yet shared.` : 'Everything you did is shared.'}
        {team.syncedAt ? ` Last synced ${formatDateTime(team.syncedAt)}.` : ''}
      </Text>
      {team.problem && (
        <Alert color="red" title="Bridgework cannot reach the team’s folder" role="alert">
          {team.problem}
        </Alert>
      )}
      <Group>
        <Button w="fit-content" loading={sync.isPending} onClick={syncNow}>
          Sync now
        </Button>
        <ShowJoinCode />
      </Group>
      <Members />
      <Conflicts />
    </>
  );
}
