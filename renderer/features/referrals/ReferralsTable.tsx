// The people referred to one opportunity: where each has got to, their next job check and
// evidence; tick several to move them on together.
import { Badge, Button, Checkbox, Group, Menu, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { formatDate } from '../../../shared/dates';
import type { Opportunity } from '../../../shared/opportunities/schema';
import type { ReferralDetail } from '../../../shared/referrals/schema';
import { exitStages, rank, stageLabels, type ReferralStage } from '../../../shared/referrals/stages';
import { errorMessage } from '../../app/client';
import { useRecordDialogs } from '../../app/RecordDialogs';
import { notifyWithUndo } from '../../app/undoNotification';
import { useArchiveReferrals, useReferrals, useUndoReferralStep } from './queries';

const stageColour = (stage: ReferralStage) =>
  (exitStages as readonly string[]).includes(stage) ? 'gray' : rank(stage) >= rank('started') ? 'teal' : 'blue';

export function ReferralsTable({ opportunity, canChange }: { opportunity: Opportunity; canChange: boolean }) {
  const referrals = useReferrals(opportunity.id);
  const dialogs = useRecordDialogs();
  const [selected, setSelected] = useState<string[]>([]);
  const rows = referrals.data ?? [];
  const chosen = rows.filter((row) => selected.includes(row.id));
  const allChosen = rows.length > 0 && chosen.length === rows.length;
  const toggle = (id: string) =>
    setSelected((current) => (current.includes(id) ? current.filter((other) => other !== id) : [...current, id]));
  const refer = () =>
    dialogs.refer({
      opportunityId: opportunity.id,
      opportunityTitle: opportunity.title,
      programmeId: opportunity.programmeId,
    });

  if (rows.length === 0) {
    return (
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Nobody referred yet.
        </Text>
        {canChange && opportunity.status !== 'withdrawn' && <ReferButton title={opportunity.title} onClick={refer} />}
      </Group>
    );
  }
  return (
    <div>
      {canChange && (
        <Group justify="space-between" mb="xs">
          {chosen.length === 0 ? (
            <Text size="sm" c="dimmed">
              Tick people to move them on together.
            </Text>
          ) : (
            <Button
              size="compact-sm"
              onClick={() => dialogs.advanceReferrals({ referrals: chosen, onMoved: () => setSelected([]) })}
            >
              Move {chosen.length} on
            </Button>
          )}
          {opportunity.status !== 'withdrawn' && <ReferButton title={opportunity.title} onClick={refer} />}
        </Group>
      )}
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              {canChange && (
                <Table.Th w={36}>
                  <Checkbox
                    aria-label={`Select everyone referred to ${opportunity.title}`}
                    checked={allChosen}
                    indeterminate={chosen.length > 0 && !allChosen}
                    onChange={() => setSelected(allChosen ? [] : rows.map((row) => row.id))}
                  />
                </Table.Th>
              )}
              <Table.Th>Reference</Table.Th>
              <Table.Th>Stage</Table.Th>
              <Table.Th>Latest feedback</Table.Th>
              <Table.Th>Next job check</Table.Th>
              <Table.Th>Evidence</Table.Th>
              {canChange && (
                <Table.Th>
                  <span className="visually-hidden">Actions</span>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((referral) => (
              <ReferralRow
                key={referral.id}
                referral={referral}
                canChange={canChange}
                selected={selected.includes(referral.id)}
                onToggle={() => toggle(referral.id)}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}

function ReferButton({ title, onClick }: { title: string; onClick: () => void }) {
  return (
    <Button size="compact-sm" variant="light" leftSection={<IconUserPlus size={14} aria-hidden />} onClick={onClick}>
      Refer people<span className="visually-hidden"> to {title}</span>
    </Button>
  );
}

function ReferralRow({
  referral,
  canChange,
  selected,
  onToggle,
}: {
  referral: ReferralDetail;
  canChange: boolean;
  selected: boolean;
  onToggle: () => void;
}) {
  const dialogs = useRecordDialogs();
  const undo = useUndoReferralStep();
  const archive = useArchiveReferrals();
  const last = referral.steps.at(-1);
  const feedback = [...referral.steps].reverse().find((step) => step.feedback)?.feedback;
  const nextCheck = referral.checks.find((check) => check.status === 'due');
  const ended = (exitStages as readonly string[]).includes(referral.stage) || referral.stage === 'sustained_26';
  const fail = (error: unknown) =>
    notifications.show({ color: 'red', title: 'Nothing was changed', message: errorMessage(error) });
  const takeBack = () =>
    undo.mutateAsync({ ids: [referral.id] }).then(
      () =>
        notifications.show({
          color: 'teal',
          message: `Took back “${stageLabels[referral.stage]}” for ${referral.reference}.`,
        }),
      fail,
    );
  const remove = () =>
    archive.mutateAsync({ ids: [referral.id] }).then(
      () =>
        notifyWithUndo({
          id: `referral-${referral.id}`,
          message: `Removed ${referral.reference}'s referral.`,
        }),
      fail,
    );
  return (
    <Table.Tr>
      {canChange && (
        <Table.Td>
          <Checkbox aria-label={`Select ${referral.reference}`} checked={selected} onChange={onToggle} />
        </Table.Td>
      )}
      <Table.Td>
        <Text fw={600} size="sm">
          {referral.reference}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge color={stageColour(referral.stage)} variant="light" radius="sm" tt="none">
          {stageLabels[referral.stage]}
        </Badge>
        {last && (
          <Text size="xs" c="dimmed">
            {formatDate(last.steppedOn)}
          </Text>
        )}
      </Table.Td>
      <Table.Td maw={260}>
        <Text size="sm" lineClamp={2} c={feedback ? undefined : 'dimmed'}>
          {feedback ?? 'None yet'}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c={nextCheck ? undefined : 'dimmed'}>
          {nextCheck ? `${nextCheck.weeks} weeks: ${formatDate(nextCheck.dueOn)}` : 'None due'}
        </Text>
      </Table.Td>
      <Table.Td>
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={() => dialogs.showEvidence({ referralId: referral.id, reference: referral.reference })}
        >
          {referral.evidenceCount === 0
            ? 'Add'
            : `${referral.evidenceCount} item${referral.evidenceCount === 1 ? '' : 's'}`}
          <span className="visually-hidden"> evidence for {referral.reference}</span>
        </Button>
      </Table.Td>
      {canChange && (
        <Table.Td>
          <Group gap={4} wrap="nowrap" justify="flex-end">
            {!ended && (
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => dialogs.advanceReferrals({ referrals: [referral] })}
              >
                Move on<span className="visually-hidden"> {referral.reference}</span>
              </Button>
            )}
            <Menu position="bottom-end">
              <Menu.Target>
                <Button size="compact-sm" variant="subtle" aria-label={`More for ${referral.reference}`}>
                  <IconChevronDown size={14} aria-hidden />
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {referral.startedOn && (
                  <Menu.Item onClick={() => dialogs.recordProgression({ referral })}>
                    Record progression in work
                  </Menu.Item>
                )}
                {referral.steps.length > 1 && (
                  <Menu.Item onClick={() => void takeBack()}>Take back “{stageLabels[referral.stage]}”</Menu.Item>
                )}
                <Menu.Item color="red" onClick={() => void remove()}>
                  Remove the referral
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Table.Td>
      )}
    </Table.Tr>
  );
}
