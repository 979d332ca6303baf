import {
  Alert,
  Anchor,
  Button,
  Group,
  Kbd,
  Loader,
  Menu,
  Paper,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import {
  IconArchive,
  IconArrowBackUp,
  IconArrowsRight,
  IconBriefcase,
  IconFileText,
  IconGauge,
  IconHeartHandshake,
  IconPencil,
  IconPhonePlus,
  IconPlus,
  IconUserPlus,
} from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { MoreMenu } from '../../app/components/MoreMenu';
import { Link, useLocation } from 'wouter';
import { formatDate } from '../../../shared/dates';
import type { Employer } from '../../../shared/employers/schema';
import { errorMessage } from '../../app/client';
import { lazyNamed } from '../../app/lazyNamed';
import { useRecordDialogs } from '../../app/RecordDialogs';
import { DepthBadge } from '../assessments/DepthBadge';
import { CommitmentsLedger } from '../commitments/CommitmentsLedger';
import { HealthSignals } from '../health/HealthSignals';
import { OpportunitiesPanel } from '../opportunities/OpportunitiesPanel';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { PhaseBadge } from './PhaseBadge';
import { RolesList } from '../affiliations/RolesList';
import { useLogInteraction } from '../interactions/LogInteraction';
import { PersonFormModal } from '../people/PersonFormModal';
import { Timeline } from '../timeline/Timeline';
import { RelationshipSummary } from './RelationshipSummary';
import { useEmployer, useEmployerOverview } from './queries';
import { useArchiveActions } from './useArchiveActions';
import { ContactValue } from '../../app/components/ContactValue';

// The tabs with charts load when first opened, so the page (and its timeline) shows sooner.
const TrustPanel = lazyNamed(() => import('../trust/TrustPanel'), 'TrustPanel', <Loader aria-label="Loading trust" />);
const DepthPanel = lazyNamed(
  () => import('../assessments/DepthPanel'),
  'DepthPanel',
  <Loader aria-label="Loading depth" />,
);

export function EmployerPage({ id }: { id: string }) {
  const [, navigate] = useLocation();
  const employer = useEmployer(id);
  const overview = useEmployerOverview(id);
  const actions = useArchiveActions();
  const logInteraction = useLogInteraction();
  const dialogs = useRecordDialogs();
  const [addingPerson, setAddingPerson] = useState(false);
  // A link may ask for a tab, as search does for an opportunity: `navigate(href, { state: { tab } })`.
  const [tab, setTab] = useState<string | null>(
    () => (window.history.state as { tab?: string } | null)?.tab ?? 'timeline',
  );
  useHotkeys([['e', () => navigate(`/employers/${id}/edit`)]]);

  if (employer.isPending) return <Loader aria-label="Loading employer" />;
  if (employer.isError) {
    return (
      <Stack maw={620}>
        <Title order={1}>Employer not found</Title>
        <Alert color="red">{errorMessage(employer.error)}</Alert>
        <Anchor component={Link} href="/employers">
          Go to the list of employers
        </Anchor>
      </Stack>
    );
  }
  const current = employer.data;
  const archived = current.deletedAt !== null;
  const people = overview.data?.people ?? [];
  const currentPeople = people.filter((role) => !role.endedOn).length;
  const openPromises = overview.data?.openPromises ?? 0;
  const movePhase = () => dialogs.movePhase({ employerId: id, employerName: current.name, phase: current.phase });
  const assessDepth = () => dialogs.assessDepth({ id, name: current.name });
  const addTrustNote = () => dialogs.addTrustNote({ employerId: id });

  return (
    <Stack gap="md" maw={1100} h="100%">
      <Anchor component={Link} href={archived ? '/trash' : '/employers'} size="sm">
        {archived ? 'Back to Trash' : 'Back to employers'}
      </Anchor>
      {archived && (
        <Alert color="yellow" variant="light" title="This employer is in Trash">
          It was moved there on {formatDate(current.deletedAt)}. Restore it to work with it again.
        </Alert>
      )}
      <Group justify="space-between" align="flex-start">
        <Stack gap={6}>
          <Title order={1}>{current.name}</Title>
          <Group gap="xs">
            <PhaseBadge phase={current.phase} />
            <DepthBadge depth={current.depth} />
            {current.locality && <Text c="dimmed">{current.locality}</Text>}
          </Group>
        </Stack>
        <Group>
          {archived ? (
            <Button
              leftSection={<IconArrowBackUp size={18} aria-hidden />}
              loading={actions.pending}
              onClick={() => void actions.restore(current)}
            >
              Restore employer
            </Button>
          ) : (
            <>
              <Tooltip
                label={
                  <>
                    Shortcut: <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">L</Kbd>
                  </>
                }
              >
                <Button
                  leftSection={<IconPhonePlus size={18} aria-hidden />}
                  onClick={() => logInteraction({ employerId: id })}
                >
                  Log contact
                </Button>
              </Tooltip>
              <Button variant="default" onClick={() => logInteraction({ employerId: id, status: 'planned' })}>
                Plan contact
              </Button>
              <MoreMenu>
                <Menu.Item leftSection={<IconArrowsRight size={16} aria-hidden />} onClick={movePhase}>
                  Move phase
                </Menu.Item>
                <Menu.Item leftSection={<IconGauge size={16} aria-hidden />} onClick={assessDepth}>
                  Assess depth
                </Menu.Item>
                <Menu.Item
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={() => dialogs.addPromise({ employerId: id })}
                >
                  Add a promise
                </Menu.Item>
                <Menu.Item leftSection={<IconHeartHandshake size={16} aria-hidden />} onClick={addTrustNote}>
                  Add a trust note
                </Menu.Item>
                <Menu.Item
                  leftSection={<IconBriefcase size={16} aria-hidden />}
                  onClick={() => dialogs.addOpportunity({ employerId: id })}
                >
                  Add an opportunity
                </Menu.Item>
                <Menu.Item
                  leftSection={<IconFileText size={16} aria-hidden />}
                  onClick={() => dialogs.startCaseStudy({ employerId: id, employerName: current.name })}
                >
                  Start a case study
                </Menu.Item>
                <Menu.Divider />
                <Menu.Item
                  component={Link}
                  href={`/employers/${id}/edit`}
                  leftSection={<IconPencil size={16} aria-hidden />}
                >
                  Edit details
                </Menu.Item>
                <Menu.Item
                  leftSection={<IconArchive size={16} aria-hidden />}
                  onClick={() =>
                    actions.archive(current).then(
                      () => navigate('/employers'),
                      () => {},
                    )
                  }
                >
                  Move to Trash
                </Menu.Item>
              </MoreMenu>
            </>
          )}
        </Group>
      </Group>
      {overview.data && (
        <RelationshipSummary
          overview={overview.data}
          onOpenPlanned={(interactionId) => logInteraction({ interactionId })}
        />
      )}
      {!archived && <HealthSignals employerId={id} />}
      <Tabs
        value={tab}
        onChange={setTab}
        keepMounted={false}
        style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
      >
        <Tabs.List>
          <Tabs.Tab value="timeline">Timeline</Tabs.Tab>
          <Tabs.Tab value="promises">Promises ({openPromises} open)</Tabs.Tab>
          <Tabs.Tab value="opportunities">Opportunities</Tabs.Tab>
          <Tabs.Tab value="trust">Trust</Tabs.Tab>
          <Tabs.Tab value="depth">Depth</Tabs.Tab>
          <Tabs.Tab value="people">People ({currentPeople})</Tabs.Tab>
          <Tabs.Tab value="details">Details</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="timeline" pt="md" style={{ flex: 1, minHeight: 0 }}>
          <Timeline scope={{ employerId: id }} people={people} />
        </Tabs.Panel>
        <Tabs.Panel value="promises" pt="md" pb="xl">
          <CommitmentsLedger employerId={id} canAdd={!archived} />
        </Tabs.Panel>
        <Tabs.Panel value="opportunities" pt="md" pb="xl">
          <OpportunitiesPanel employerId={id} canChange={!archived} />
        </Tabs.Panel>
        <Tabs.Panel value="trust" pt="md" pb="xl">
          <TrustPanel employerId={id} onAdd={archived ? undefined : addTrustNote} />
        </Tabs.Panel>
        <Tabs.Panel value="depth" pt="md" pb="xl">
          <DepthPanel employerId={id} onAssess={archived ? undefined : assessDepth} />
        </Tabs.Panel>
        <Tabs.Panel value="people" pt="md">
          <Stack>
            {!archived && (
              <Button
                variant="light"
                w="fit-content"
                leftSection={<IconUserPlus size={18} aria-hidden />}
                onClick={() => setAddingPerson(true)}
              >
                Add a person
              </Button>
            )}
            <RolesList roles={people} show="person" />
          </Stack>
          <PersonFormModal
            opened={addingPerson}
            onClose={() => setAddingPerson(false)}
            employer={{ id, name: current.name }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="details" pt="md" pb="xl">
          <EmployerDetails employer={current} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function EmployerDetails({ employer }: { employer: Employer }) {
  const vocabulary = useVocabulary();
  const yesNo = (value: boolean | null) => (value === null ? 'Not known' : value ? 'Yes' : 'No');
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <DetailsCard
        title="About the employer"
        rows={[
          ['Sector', vocabulary.label('sector', employer.sector)],
          ['Size', vocabulary.label('size_band', employer.sizeBand)],
          ['Ownership', vocabulary.label('ownership', employer.ownership)],
          ['Area', employer.locality],
          ['Branch of a national employer', employer.isBranchOfNational ? 'Yes' : 'No'],
          ...(employer.isBranchOfNational
            ? [['Local say over recruitment', yesNo(employer.localRecruitmentDiscretion)] as const]
            : []),
          ['Living Wage employer', yesNo(employer.livingWageEmployer)],
          ['Trade union or collective agreement', yesNo(employer.collectiveAgreement)],
        ]}
      />
      <DetailsCard
        title="The relationship"
        rows={[
          ['Phase', vocabulary.label('phase', employer.phase)],
          ['How it started', vocabulary.label('approach', employer.approach)],
          ['Account owner', employer.accountOwner],
          ['Added', formatDate(employer.createdAt)],
          ['Last updated', formatDate(employer.updatedAt)],
        ]}
      />
      <DetailsCard
        title="Contact details"
        rows={[
          ['Website', employer.website],
          ['Phone', employer.phone && <ContactValue value={employer.phone} kind="phone" />],
          ['Email', employer.email && <ContactValue value={employer.email} kind="email" />],
          ['Address', employer.address],
          ['Postcode', employer.postcode],
        ]}
      />
      <Paper withBorder p="lg">
        <Title order={2} size="h4" mb="sm">
          Notes
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }} c={employer.notes ? undefined : 'dimmed'}>
          {employer.notes || 'No notes yet.'}
        </Text>
      </Paper>
    </SimpleGrid>
  );
}

function DetailsCard({ title, rows }: { title: string; rows: readonly (readonly [string, ReactNode])[] }) {
  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <Stack gap={8} component="dl" m={0}>
        {rows.map(([label, value]) => (
          <Group key={label} gap="md" wrap="nowrap" align="flex-start">
            <Text component="dt" c="dimmed" size="sm" w={220} style={{ flexShrink: 0 }}>
              {label}
            </Text>
            <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {value || '—'}
            </Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
