// An employer's opportunities, with the referral funnel for the employer and for each offer.
import { Badge, Button, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconPlus } from '@tabler/icons-react';
import { formatDate } from '../../../shared/dates';
import { opportunityStatusLabels, type OpportunityListItem } from '../../../shared/opportunities/schema';
import { errorMessage } from '../../app/client';
import { useConfirm } from '../../app/components/ConfirmDialog';
import { useRecordDialogs } from '../../app/RecordDialogs';
import { notifyWithUndo } from '../../app/undoNotification';
import { FunnelSummary } from '../funnel/FunnelSummary';
import { ReferralsTable } from '../referrals/ReferralsTable';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { useEmployerFunnel } from '../funnel/queries';
import { useArchiveOpportunity, useOpportunities } from './queries';

const statusColours = { open: 'teal', filled: 'blue', closed: 'gray', withdrawn: 'gray' } as const;

export function OpportunitiesPanel({ employerId, canChange }: { employerId: string; canChange: boolean }) {
  const opportunities = useOpportunities(employerId);
  const funnel = useEmployerFunnel(employerId);
  const dialogs = useRecordDialogs();
  if (!opportunities.data) return null;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h4">
            Referrals to this employer
          </Title>
          <Text size="sm" c="dimmed">
            Every referral to any of their opportunities. Job checks count those who started long enough ago.
          </Text>
        </div>
        {canChange && (
          <Button
            variant="light"
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={() => dialogs.addOpportunity({ employerId })}
          >
            Add an opportunity
          </Button>
        )}
      </Group>
      {funnel.data && <FunnelSummary counts={funnel.data} />}
      {opportunities.data.length === 0 ? (
        <Paper withBorder p="lg">
          <Text fw={600}>No opportunities yet.</Text>
          <Text c="dimmed" size="sm">
            Add what this employer offers: a vacancy, guaranteed interviews, a work trial, a placement or a course. Then
            refer people to it and follow how they get on.
          </Text>
        </Paper>
      ) : (
        opportunities.data.map((opportunity) => (
          <OpportunityCard key={opportunity.id} opportunity={opportunity} canChange={canChange} />
        ))
      )}
    </Stack>
  );
}

function OpportunityCard({ opportunity, canChange }: { opportunity: OpportunityListItem; canChange: boolean }) {
  const vocabulary = useVocabulary();
  const dialogs = useRecordDialogs();
  const archive = useArchiveOpportunity();
  const confirm = useConfirm({ title: 'Move this opportunity to Trash?', confirmLabel: 'Move to Trash' });
  const referred = opportunity.funnel.referred;
  const moveToTrash = async () => {
    if (
      referred > 0 &&
      !(await confirm.ask(
        `${opportunity.title} has ${referred} referral${referred === 1 ? '' : 's'}. They will go to Trash with it, and come back if you restore it.`,
      ))
    ) {
      return;
    }
    await archive.mutateAsync({ id: opportunity.id }).then(
      () =>
        notifyWithUndo({
          id: `opportunity-${opportunity.id}`,
          message: `Moved ${opportunity.title} to Trash.`,
        }),
      (error) => notifications.show({ color: 'red', title: 'Nothing was changed', message: errorMessage(error) }),
    );
  };
  const terms = [
    opportunity.places ? `${opportunity.places} place${opportunity.places === 1 ? '' : 's'}` : null,
    opportunity.weeklyHours !== null ? `${opportunity.weeklyHours} hours a week` : null,
    opportunity.contractType ? vocabulary.label('contract_type', opportunity.contractType) : null,
    opportunity.payBand,
  ].filter(Boolean);
  const dates = [
    `Opened ${formatDate(opportunity.openedOn)}`,
    opportunity.closesOn ? `closes ${formatDate(opportunity.closesOn)}` : null,
    opportunity.startsOn ? `starts ${formatDate(opportunity.startsOn)}` : null,
  ].filter(Boolean);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={3} size="h4">
                {opportunity.title}
              </Title>
              <Badge color={statusColours[opportunity.status]} variant="light" radius="sm" tt="none">
                {opportunityStatusLabels[opportunity.status]}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {[vocabulary.label('opportunity_kind', opportunity.kind), ...terms].join(' · ')}
            </Text>
            <Text size="sm" c="dimmed">
              {[dates.join(', '), opportunity.programmeName].filter(Boolean).join(' · ')}
            </Text>
          </Stack>
          {canChange && (
            <Menu position="bottom-end">
              <Menu.Target>
                <Button
                  size="compact-sm"
                  variant="default"
                  rightSection={<IconChevronDown size={14} aria-hidden />}
                  aria-label={`More for ${opportunity.title}`}
                >
                  More
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => dialogs.addOpportunity({ employerId: opportunity.employerId, opportunity })}>
                  Change details or status
                </Menu.Item>
                <Menu.Item color="red" onClick={() => void moveToTrash()}>
                  Move to Trash
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
        {opportunity.requirements && <Text size="sm">{opportunity.requirements}</Text>}
        {referred > 0 && <FunnelSummary counts={opportunity.funnel} compact />}
        <ReferralsTable opportunity={opportunity} canChange={canChange} />
      </Stack>
      {confirm.dialog}
    </Paper>
  );
}
