// A referral funnel as people read it: each step's count, what it is a share of, and the share.
import { Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { funnelRates, type FunnelCounts } from '../../../shared/funnel/schema';

const number = (value: number) => value.toLocaleString('en-GB');

export function FunnelSummary({ counts, compact = false }: { counts: FunnelCounts; compact?: boolean }) {
  const rates = funnelRates(counts).filter((rate) => !compact || rate.stage !== 'progressed');
  if (compact) {
    return (
      <Text size="sm" c="dimmed">
        {rates
          .filter((rate) => rate.of !== 0)
          .map((rate) =>
            rate.of === null
              ? `${rate.label} ${number(rate.count)}`
              : `${rate.label} ${number(rate.count)} of ${number(rate.of)}${rate.percent === null ? '' : ` (${rate.percent}%)`}${notYetDue(rate.notYetDue)}`,
          )
          .join(' · ')}
      </Text>
    );
  }
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
      {rates.map((rate) => (
        <Paper key={rate.stage} withBorder p="sm">
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              {rate.label}
            </Text>
            <Group gap={6} align="baseline">
              <Text fw={700} size="xl">
                {number(rate.count)}
              </Text>
              {rate.percent !== null && <Text fw={600}>{rate.percent}%</Text>}
            </Group>
            {rate.of !== null ? (
              <>
                <Progress value={rate.percent ?? 0} size="sm" aria-hidden />
                <Text size="xs" c="dimmed">
                  {rate.of === 0
                    ? `None yet ${rate.ofLabel}`
                    : `${number(rate.count)} of ${number(rate.of)} ${rate.ofLabel}`}
                  {notYetDue(rate.notYetDue)}
                </Text>
              </>
            ) : (
              <Text size="xs" c="dimmed">
                People referred
              </Text>
            )}
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** "; 2 not yet due": starters too recent for the check, beside its share. */
const notYetDue = (count: number | null) => (count ? `; ${number(count)} not yet due` : '');
