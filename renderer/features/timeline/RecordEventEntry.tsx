// A timeline line for the relationship's other events: trust, promises, phases, depth,
// opportunities and referral milestones.
import { Badge, Button, Group, Text, ThemeIcon } from '@mantine/core';
import {
  IconArrowsRight,
  IconBriefcase,
  IconCheckbox,
  IconGauge,
  IconHandStop,
  IconHeartHandshake,
  IconUserCheck,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { depthLabel } from '../../../shared/assessments/depth';
import { formatDate } from '../../../shared/dates';
import { exitStages, stageLabels } from '../../../shared/referrals/stages';
import type { RecordEventType, TimelineItem } from '../../../shared/timeline/schema';
import { useRecordDialogs } from '../../app/RecordDialogs';
import { statusColours } from '../commitments/CommitmentsLedger';
import { directionColours } from '../trust/directionColours';
import { useInTeam } from '../team/queries';
import { useVocabulary } from '../vocabulary/useVocabulary';

type RecordItem = Extract<TimelineItem, { type: RecordEventType }>;

export const isRecordEvent = (item: TimelineItem): item is RecordItem =>
  item.type !== 'interaction' && item.type !== 'affiliation_started' && item.type !== 'affiliation_ended';

export function RecordEventEntry({ item, showEmployer }: { item: RecordItem; showEmployer: boolean }) {
  const vocabulary = useVocabulary();
  const dialogs = useRecordDialogs();
  const inTeam = useInTeam();
  const where = `${showEmployer ? ` · ${item.employerName}` : ''}${inTeam && item.recordedBy ? ` · by ${item.recordedBy}` : ''}`;
  switch (item.type) {
    case 'trust_note': {
      const { note } = item;
      return (
        <Line icon={IconHeartHandshake} colour={directionColours[note.direction] ?? 'gray'}>
          <Text size="sm">
            <Text span fw={600} size="sm">
              Trust {vocabulary.label('trust_direction', note.direction).toLowerCase()}
            </Text>{' '}
            · {vocabulary.label('trust_level', note.level)}
            {note.personName ? ` (${note.personName})` : ''} · {formatDate(note.observedOn)}
            {where}
          </Text>
          <Text size="sm" c="dimmed">
            {note.observation}
          </Text>
        </Line>
      );
    }
    case 'commitment_made':
    case 'commitment_resolved': {
      const { commitment } = item;
      const who = commitment.party === 'us' ? 'We' : 'They';
      const made = item.type === 'commitment_made';
      return (
        <Line icon={made ? IconHandStop : IconCheckbox} colour={made ? 'blue' : statusColours[commitment.status]!}>
          <Group gap="xs" wrap="nowrap" justify="space-between">
            <Text size="sm">
              <Text span fw={600} size="sm">
                {made
                  ? `${who} promised`
                  : `${who} ${commitment.status === 'released' ? 'were released from' : commitment.status}`}
              </Text>{' '}
              “{commitment.description}”{made && commitment.dueOn ? ` by ${formatDate(commitment.dueOn)}` : ''} ·{' '}
              {formatDate(item.at)}
              {where}
            </Text>
            {made && commitment.status === 'open' ? (
              <Button
                size="compact-sm"
                variant="light"
                color="teal"
                onClick={() => dialogs.settlePromise({ commitment, status: 'kept' })}
              >
                Mark kept<span className="visually-hidden"> “{commitment.description}”</span>
              </Button>
            ) : (
              made && (
                <Badge color={statusColours[commitment.status]} variant="light" radius="sm" tt="none">
                  Now {commitment.status}
                </Badge>
              )
            )}
          </Group>
          {!made && commitment.resolutionNote && (
            <Text size="sm" c="dimmed">
              {commitment.resolutionNote}
            </Text>
          )}
        </Line>
      );
    }
    case 'phase_change': {
      const { change } = item;
      const extra = change.route
        ? ` (${vocabulary.label('developing_route', change.route).toLowerCase()})`
        : change.reason
          ? ` · ${change.declined ? 'they declined: ' : ''}${vocabulary.label('lapse_reason', change.reason).toLowerCase()}`
          : '';
      return (
        <Line icon={IconArrowsRight} colour="gray">
          <Text size="sm">
            <Text span fw={600} size="sm">
              Moved to {vocabulary.label('phase', change.toPhase).toLowerCase()}
            </Text>
            {extra} · {formatDate(change.changedOn)}
            {where}
          </Text>
          {change.note && (
            <Text size="sm" c="dimmed">
              {change.note}
            </Text>
          )}
        </Line>
      );
    }
    case 'assessment':
      return (
        <Line icon={IconGauge} colour="teal">
          <Text size="sm">
            <Text span fw={600} size="sm">
              Depth assessed: {depthLabel(item.assessment.depth)}
            </Text>{' '}
            · {formatDate(item.assessment.assessedOn)}
            {where}
          </Text>
          {item.assessment.rationale && (
            <Text size="sm" c="dimmed" lineClamp={2}>
              {item.assessment.rationale}
            </Text>
          )}
        </Line>
      );
    case 'opportunity': {
      const { opportunity } = item;
      const places = opportunity.places ? ` · ${opportunity.places} place${opportunity.places === 1 ? '' : 's'}` : '';
      return (
        <Line icon={IconBriefcase} colour="grape">
          <Text size="sm">
            <Text span fw={600} size="sm">
              {vocabulary.label('opportunity_kind', opportunity.kind)} offered:
            </Text>{' '}
            {opportunity.title}
            {places} · {formatDate(opportunity.openedOn)}
            {where}
          </Text>
        </Line>
      );
    }
    case 'referral_step': {
      const { step } = item;
      return (
        <Line icon={IconUserCheck} colour={exitStages.includes(step.stage as never) ? 'gray' : 'grape'}>
          <Text size="sm">
            <Text span fw={600} size="sm">
              {step.reference}: {stageLabels[step.stage].toLowerCase()}
            </Text>{' '}
            · {step.opportunityTitle} · {formatDate(step.steppedOn)}
            {where}
          </Text>
          {step.feedback && (
            <Text size="sm" c="dimmed" lineClamp={2}>
              {step.feedback}
            </Text>
          )}
        </Line>
      );
    }
  }
}

function Line({ icon: Icon, colour, children }: { icon: typeof IconGauge; colour: string; children: ReactNode }) {
  return (
    <Group gap="sm" py={6} px="sm" wrap="nowrap" align="flex-start">
      <ThemeIcon variant="light" color={colour} size="md" radius="xl" aria-hidden>
        <Icon size={16} />
      </ThemeIcon>
      <div style={{ flex: 1, minWidth: 0 }}>{children}</div>
    </Group>
  );
}
