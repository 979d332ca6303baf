// Settings → Calendar: a calendar file of planned contact and follow-ups, kept in a folder the
// person chooses, for Outlook or Google Calendar to show beside their own events.
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarShare } from '@tabler/icons-react';
import { calendarFileName } from '../../../shared/calendar/schema';
import { formatDateTime } from '../../../shared/dates';
import { errorMessage, RequestError } from '../../app/client';
import { useCalendarFeed, useSetCalendarFolder } from './queries';

export function CalendarPanel() {
  const feed = useCalendarFeed();
  const change = useSetCalendarFolder();
  const cancelled = change.error instanceof RequestError && change.error.error.code === 'cancelled';
  const status = feed.data;
  return (
    <Paper withBorder p="lg" id="calendar" tabIndex={-1}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          Calendar
        </Title>
        <Text size="sm">
          Bridgework can keep a calendar file of your planned contact and follow-up dates, written again whenever they
          change. Keep it in a folder your cloud drive syncs (OneDrive, Google Drive, Dropbox), then subscribe to it
          from Outlook or Google Calendar. It holds employers’ names and what each contact is for, never notes.
        </Text>
        {status?.folder ? (
          <>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {status.events === 1 ? '1 event' : `${status.events} events`} in {status.file}
              {status.writtenAt ? `, last saved ${formatDateTime(status.writtenAt)}` : ''}.
            </Text>
            {status.problem && (
              <Alert color="red" title="The calendar file is out of date" role="alert">
                {status.problem}
              </Alert>
            )}
            <Group gap="sm">
              <Button variant="default" loading={change.isPending} onClick={() => change.mutate({})}>
                Choose another folder
              </Button>
              <Button variant="subtle" color="red" onClick={() => change.mutate({ folder: null })}>
                Stop keeping the file
              </Button>
            </Group>
          </>
        ) : (
          <Button
            w="fit-content"
            leftSection={<IconCalendarShare size={16} aria-hidden />}
            loading={change.isPending}
            onClick={() => change.mutate({})}
          >
            Keep a calendar file
          </Button>
        )}
        {change.isError && !cancelled && (
          <Alert color="red" title={`${calendarFileName} was not saved`} role="alert">
            {errorMessage(change.error)}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
