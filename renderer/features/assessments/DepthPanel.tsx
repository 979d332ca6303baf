// The depth history of one employer: a chart over time and each assessment with its reasons.
import { LineChart } from '@mantine/charts';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconGauge } from '@tabler/icons-react';
import { depthLabel } from '../../../shared/assessments/depth';
import type { Assessment } from '../../../shared/assessments/schema';
import { formatDate } from '../../../shared/dates';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { useAssessments } from './queries';

export function DepthPanel({ employerId, onAssess }: { employerId: string; onAssess?: () => void }) {
  const assessments = useAssessments(employerId);
  const history = assessments.data ?? [];
  const oldestFirst = [...history].reverse();
  return (
    <Stack>
      <Group justify="space-between">
        <Text c="dimmed" size="sm" maw={640}>
          Depth runs from 1, instrumental (ad hoc, one-off), to 5, relational (in depth and sustained). Each assessment
          is kept, so you can show funders how the relationship grew.
        </Text>
        {onAssess && (
          <Button variant="light" leftSection={<IconGauge size={18} aria-hidden />} onClick={onAssess}>
            Assess depth
          </Button>
        )}
      </Group>
      {history.length === 0 ? (
        <Paper withBorder p="lg">
          <Text>No assessments yet. Assess depth to see a suggestion worked out from this record.</Text>
        </Paper>
      ) : (
        <>
          {history.length > 1 && (
            <Paper withBorder p="md">
              <Title order={2} size="h5" mb="xs">
                Depth over time
              </Title>
              <LineChart
                h={180}
                data={oldestFirst.map((assessment) => ({
                  date: formatDate(assessment.assessedOn),
                  depth: assessment.depth,
                }))}
                dataKey="date"
                series={[{ name: 'depth', label: 'Depth', color: 'teal.7' }]}
                yAxisProps={{ domain: [1, 5], ticks: [1, 2, 3, 4, 5], interval: 0, allowDecimals: false }}
                curveType="stepAfter"
                withTooltip={false}
                lineChartProps={{ accessibilityLayer: false }}
                role="img"
                aria-label={`Depth over time: ${oldestFirst.map((a) => `${a.depth} on ${formatDate(a.assessedOn)}`).join(', ')}`}
              />
            </Paper>
          )}
          {history.map((assessment) => (
            <AssessmentCard key={assessment.id} assessment={assessment} />
          ))}
        </>
      )}
    </Stack>
  );
}

function AssessmentCard({ assessment }: { assessment: Assessment }) {
  const vocabulary = useVocabulary();
  const roles = (codes: string[]) =>
    codes.map((code) => vocabulary.label('engagement_role', code)).join(', ') || 'None';
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb={4}>
        <Text fw={600}>{depthLabel(assessment.depth)}</Text>
        <Group gap="xs">
          {assessment.suggestedDepth && assessment.suggestedDepth !== assessment.depth && (
            <Badge variant="outline" color="gray" tt="none" radius="sm">
              Suggested {assessment.suggestedDepth}
            </Badge>
          )}
          <Text size="sm" c="dimmed">
            {formatDate(assessment.assessedOn)}
          </Text>
        </Group>
      </Group>
      <Text size="sm">
        <Text span c="dimmed" size="sm">
          Roles as we see them:
        </Text>{' '}
        {roles(assessment.rolesOurs)}
        {assessment.indirect ? ' (indirect, through an intermediary)' : ''}
      </Text>
      {assessment.rolesTheirs && (
        <Text size="sm">
          <Text span c="dimmed" size="sm">
            As they see them:
          </Text>{' '}
          {roles(assessment.rolesTheirs)}
        </Text>
      )}
      {assessment.benefits.length > 0 && (
        <Text size="sm">
          <Text span c="dimmed" size="sm">
            What they get:
          </Text>{' '}
          {assessment.benefits.map((code) => vocabulary.label('benefit', code)).join(', ')}
        </Text>
      )}
      {assessment.rationale && (
        <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
          {assessment.rationale}
        </Text>
      )}
    </Paper>
  );
}
