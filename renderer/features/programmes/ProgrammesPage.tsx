// The funded programmes, each with its funder, dates, checks and referral funnel.
import { Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { formatDate } from '../../../shared/dates';
import type { ProgrammeSummary } from '../../../shared/programmes/schema';
import { FunnelSummary } from '../funnel/FunnelSummary';
import { useProgrammeFunnel } from '../funnel/queries';
import { ProgrammeModal, type ProgrammeRequest } from './ProgrammeModal';
import { useProgrammes } from './queries';

export function ProgrammesPage() {
  const programmes = useProgrammes();
  const [editing, setEditing] = useState<ProgrammeRequest | null>(null);
  return (
    <Stack gap="lg" maw={1100} pb="xl">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Programmes</Title>
          <Text c="dimmed">
            The funded programmes your work counts towards. Tag contacts, opportunities and referrals with one to report
            on it.
          </Text>
        </div>
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing({})}>
          Add a programme
        </Button>
      </Group>
      {programmes.isPending ? (
        <Loader aria-label="Loading programmes" />
      ) : programmes.data?.length === 0 ? (
        <Paper withBorder p="xl">
          <Text fw={600}>No programmes yet.</Text>
          <Text c="dimmed">
            Add the programmes that fund your work, with the points at which the funder checks that a job lasted (13 and
            26 weeks unless you say otherwise).
          </Text>
        </Paper>
      ) : (
        programmes.data?.map((programme) => (
          <ProgrammeCard key={programme.id} programme={programme} onChange={() => setEditing({ programme })} />
        ))
      )}
      <ProgrammeModal request={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}

function ProgrammeCard({ programme, onChange }: { programme: ProgrammeSummary; onChange: () => void }) {
  const funnel = useProgrammeFunnel(programme.id);
  const dates =
    programme.startsOn || programme.endsOn
      ? `${programme.startsOn ? formatDate(programme.startsOn) : 'No start date'} to ${
          programme.endsOn ? formatDate(programme.endsOn) : 'no end date'
        }`
      : 'No dates set';
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h3">
              {programme.name}
            </Title>
            <Text c="dimmed" size="sm">
              {[programme.funder, dates].filter(Boolean).join(' · ')}
            </Text>
          </div>
          <Button variant="default" size="compact-sm" onClick={onChange}>
            Change<span className="visually-hidden"> {programme.name}</span>
          </Button>
        </Group>
        <Group gap="xs">
          <Badge variant="light" radius="sm" tt="none">
            Checks at {programme.checkWeeks.join(', ')} weeks
          </Badge>
          <Badge variant="light" color="gray" radius="sm" tt="none">
            {programme.opportunities} {programme.opportunities === 1 ? 'opportunity' : 'opportunities'}
          </Badge>
        </Group>
        {programme.outcomeDefinitions && <Text size="sm">{programme.outcomeDefinitions}</Text>}
        {funnel.data && <FunnelSummary counts={funnel.data} />}
      </Stack>
    </Paper>
  );
}
