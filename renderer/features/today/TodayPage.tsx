// The landing page: what needs doing today, each row openable and actionable in place.
import { Anchor, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { Children, isValidElement, useState, type ReactNode } from 'react';
import { Link, Redirect, useLocation } from 'wouter';
import { formatDate, formatDateTime } from '../../../shared/dates';
import type { HealthSignalCode } from '../../../shared/health/signals';
import type { TodayEmployer, TodayList } from '../../../shared/today/schema';
import { errorMessage } from '../../app/client';
import { useRecordDialogs } from '../../app/RecordDialogs';
import { noFilters } from '../employers/filters';
import { useLogInteraction } from '../interactions/LogInteraction';
import { useCompleteInteraction } from '../interactions/queries';
import { useEmployerCount } from '../employers/queries';
import { useToday } from './queries';
import { useYourName, WhoseSwitch } from '../employers/WhoseSwitch';
import { useLocalStorage } from '@mantine/hooks';
import { useSettings } from '../settings/queries';

/** "Good morning, Sam. " when Bridgework knows your name. */
function greeting(asOf: string, name: string | undefined) {
  if (!name) return '';
  const hour = dayjs(asOf).hour();
  const part = hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';
  return `Good ${part}, ${name.split(' ')[0]}. `;
}

export function TodayPage() {
  const yourName = useYourName();
  const [mine, setMine] = useLocalStorage({ key: 'today.mine', defaultValue: false });
  const owner = mine ? yourName : undefined;
  const today = useToday(owner);
  const anyEmployer = useEmployerCount();
  const settings = useSettings();
  const logInteraction = useLogInteraction();
  const dialogs = useRecordDialogs();
  const complete = useCompleteInteraction();
  // A new user starts on the employers page, which shows how to add the first one. Only on a
  // fresh answer: the count kept from before the first employer was added would send them away.
  if (anyEmployer.data?.total === 0 && !anyEmployer.isStale) return <Redirect to="/employers" replace />;
  if (!today.data || anyEmployer.isPending) return <Loader aria-label="Loading today" />;
  const view = today.data;
  const day = view.asOf.slice(0, 10);
  const lists = [
    view.followUps,
    view.ourCommitments,
    view.planned,
    view.sustainmentChecks,
    view.goingCold,
    view.singleThreaded,
    view.orphaned,
  ];
  const nothing = lists.every((list) => list.total === 0);
  const markDone = (id: string) =>
    complete.mutateAsync({ id }).then(
      (done) => notifications.show({ color: 'teal', message: `Marked “${done.summary}” as done.` }),
      (error) => notifications.show({ color: 'red', title: 'Nothing was changed', message: errorMessage(error) }),
    );

  return (
    <Stack gap="lg" maw={1100} pb="xl">
      <div>
        <Group gap="md">
          <Title order={1}>Today</Title>
          <WhoseSwitch mine={mine} onChange={setMine} />
        </Group>
        <Text c="dimmed">
          {greeting(view.asOf, settings.data?.yourName)}
          {dayjs(view.asOf).format('dddd D MMMM YYYY')}
        </Text>
      </div>
      {nothing && (
        <Paper withBorder p="xl">
          <Group>
            <ThemeIcon color="teal" variant="light" size="xl" radius="xl" aria-hidden>
              <IconCircleCheck size={28} />
            </ThemeIcon>
            <div>
              <Text fw={600}>{owner ? 'Nothing needs you today for your employers.' : 'Nothing needs you today.'}</Text>
              <Text c="dimmed">
                No follow-ups or promises are due, and no relationship is going cold. Log contact as it happens and this
                page will keep you on track.
              </Text>
            </div>
          </Group>
        </Paper>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Section title="Follow-ups due" list={view.followUps} empty="No follow-ups due." dueSoon="Due today">
          {view.followUps.rows.map((row) => (
            <Row
              key={row.interactionId}
              employer={{ id: row.employerId, name: row.employerName }}
              detail={row.summary}
              note={row.followUpNote ? `Put off: ${row.followUpNote}` : null}
              when={dueText(row.followUpOn, day)}
              overdue={row.followUpOn < day}
            >
              <Button size="compact-sm" onClick={() => logInteraction({ employerId: row.employerId })}>
                Log contact<span className="visually-hidden"> with {row.employerName}</span>
              </Button>
              <Button
                size="compact-sm"
                variant="default"
                onClick={() =>
                  dialogs.snoozeFollowUp({
                    interactionId: row.interactionId,
                    employerName: row.employerName,
                    summary: row.summary,
                  })
                }
              >
                Put off<span className="visually-hidden"> the follow-up with {row.employerName}</span>
              </Button>
            </Row>
          ))}
        </Section>
        <Section
          title="Our promises due"
          list={view.ourCommitments}
          empty="No promises due in the next 7 days."
          dueSoon="Due in the next 7 days"
        >
          {view.ourCommitments.rows.map((row) => (
            <Row
              key={row.id}
              employer={{ id: row.employerId, name: row.employerName }}
              detail={row.description}
              when={dueText(row.dueOn, day)}
              overdue={row.dueOn < day}
            >
              <Button
                size="compact-sm"
                color="teal"
                onClick={() => dialogs.settlePromise({ commitment: row, status: 'kept' })}
              >
                Mark kept<span className="visually-hidden"> “{row.description}”</span>
              </Button>
            </Row>
          ))}
        </Section>
        <Section
          title="Planned contacts"
          list={view.planned}
          empty="Nothing planned this week."
          dueSoon="In the next 7 days"
        >
          {view.planned.rows.map((row) => (
            <Row
              key={row.id}
              employer={{ id: row.employerId, name: row.employerName }}
              detail={row.summary}
              when={formatDateTime(row.occurredAt)}
              overdue={row.occurredAt < view.asOf}
            >
              <Button size="compact-sm" variant="default" onClick={() => void markDone(row.id)}>
                Mark as done<span className="visually-hidden"> “{row.summary}”</span>
              </Button>
            </Row>
          ))}
        </Section>
        <Section
          title="Job checks due"
          list={view.sustainmentChecks}
          empty="No job checks due this week."
          dueSoon="Due in the next 7 days"
        >
          {view.sustainmentChecks.rows.map((row) => (
            <Row
              key={row.id}
              employer={{ id: row.employerId, name: row.employerName }}
              detail={`${row.reference} · ${row.weeks}-week job check · ${row.opportunityTitle}`}
              when={dueText(row.dueOn, day)}
              overdue={row.dueOn < day}
            >
              <Button size="compact-sm" onClick={() => dialogs.recordCheck({ check: row })}>
                Record check<span className="visually-hidden"> for {row.reference}</span>
              </Button>
            </Row>
          ))}
        </Section>
        <SignalSection title="Going cold" code="going_cold" list={view.goingCold} owner={owner} />
        <SignalSection title="Single-threaded" code="single_threaded" list={view.singleThreaded} owner={owner} />
        <SignalSection title="No current contact" code="orphaned" list={view.orphaned} owner={owner} />
      </SimpleGrid>
    </Stack>
  );
}

const firstRows = 5;

function dueText(date: string, today: string): string {
  if (date === today) return 'Due today';
  return date < today ? `Overdue since ${formatDate(date)}` : `Due ${formatDate(date)}`;
}

function Section<Row>({
  title,
  list,
  empty,
  dueSoon = 'Due soon',
  more,
  children,
}: {
  title: string;
  list: TodayList<Row>;
  empty: string;
  /** What the rows that are not overdue are, when some are. */
  dueSoon?: string;
  more?: ReactNode;
  children: ReactNode;
}) {
  const headingId = `today-${title.toLowerCase().replace(/\W+/g, '-')}`;
  const [expanded, setExpanded] = useState(false);
  const rows = Children.toArray(children);
  const shown = expanded ? rows : rows.slice(0, firstRows);
  // Overdue rows come first, under a heading of their own, apart from what is due soon.
  const isOverdue = (row: ReactNode) => isValidElement<{ overdue?: boolean }>(row) && row.props.overdue === true;
  const late = shown.filter(isOverdue);
  const soon = shown.filter((row) => !isOverdue(row));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {list.total === 0
            ? 'None'
            : list.total > rows.length
              ? `${rows.length.toLocaleString('en-GB')} of ${list.total.toLocaleString('en-GB')}`
              : list.total.toLocaleString('en-GB')}
        </Text>
      </Group>
      {list.total === 0 ? (
        <Text c="dimmed" size="sm">
          {empty}
        </Text>
      ) : (
        <Stack gap={0}>
          {late.length > 0 && soon.length > 0 && <Subheading>Overdue</Subheading>}
          {late}
          {late.length > 0 && soon.length > 0 && <Subheading>{dueSoon}</Subheading>}
          {soon}
        </Stack>
      )}
      {rows.length > shown.length && (
        <Button variant="subtle" size="compact-sm" mt="xs" onClick={() => setExpanded(true)}>
          Show {rows.length - shown.length} more
        </Button>
      )}
      {expanded && list.total > rows.length && !more && (
        <Text size="sm" c="dimmed" mt="xs">
          Showing the first {rows.length} of {list.total.toLocaleString('en-GB')}.
        </Text>
      )}
      {more}
    </Paper>
  );
}

function Subheading({ children }: { children: ReactNode }) {
  return (
    <Text size="xs" fw={700} tt="uppercase" c="dimmed" mt="xs">
      {children}
    </Text>
  );
}

function Row({
  employer,
  detail,
  note,
  when,
  overdue,
  children,
}: {
  employer: { id: string; name: string };
  detail: string;
  note?: string | null;
  when?: string;
  overdue?: boolean;
  children?: ReactNode;
}) {
  return (
    <Group
      justify="space-between"
      wrap="nowrap"
      py={8}
      style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
    >
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Anchor component={Link} href={`/employers/${employer.id}`} fw={600} size="sm">
          {employer.name}
        </Anchor>
        <Text size="sm">{detail}</Text>
        {note && (
          <Text size="xs" c="dimmed">
            {note}
          </Text>
        )}
        {when && (
          <Text size="xs" c={overdue ? 'red.8' : 'dimmed'} fw={overdue ? 600 : undefined}>
            {when}
          </Text>
        )}
      </Stack>
      <Group gap={6} wrap="nowrap">
        {children}
      </Group>
    </Group>
  );
}

function SignalSection({
  title,
  code,
  list,
  owner,
}: {
  title: string;
  code: HealthSignalCode;
  list: TodayList<TodayEmployer>;
  /** The account owner Today is showing, if only one's. */
  owner?: string;
}) {
  const [, navigate] = useLocation();
  const logInteraction = useLogInteraction();
  const showAll = () => {
    sessionStorage.setItem(
      'employers.filters',
      JSON.stringify({ ...noFilters, health: [code], accountOwner: owner ? [owner] : [] }),
    );
    navigate('/employers');
  };
  return (
    <Section
      title={title}
      list={list}
      empty="None."
      more={
        list.total > firstRows && (
          <Button variant="subtle" size="compact-sm" mt="xs" onClick={showAll}>
            See all {list.total.toLocaleString('en-GB')} in the employer list
          </Button>
        )
      }
    >
      {list.rows.slice(0, firstRows).map((row) => (
        <Row key={row.id} employer={row} detail={row.sentence}>
          <Button size="compact-sm" variant="default" onClick={() => logInteraction({ employerId: row.id })}>
            Log contact<span className="visually-hidden"> with {row.name}</span>
          </Button>
        </Row>
      ))}
    </Section>
  );
}
