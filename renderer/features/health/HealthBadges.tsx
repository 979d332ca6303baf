import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { healthSignalTitles, type HealthSignalCode } from '../../../shared/health/signals';

export const signalColours: Record<HealthSignalCode, string> = {
  going_cold: 'blue',
  single_threaded: 'grape',
  orphaned: 'gray',
  we_owe: 'red',
  they_owe: 'yellow',
  trust_weakening: 'red',
};

/** The signals on a row of the employer list: the first, then how many more. */
export function HealthBadges({ signals }: { signals: HealthSignalCode[] }) {
  if (signals.length === 0)
    return (
      <Text span c="dimmed" size="sm" aria-label="No warning signs">
        —
      </Text>
    );
  const shown = signals.slice(0, 1);
  const more = signals.slice(1);
  return (
    <Group gap={4} wrap="wrap">
      {shown.map((code) => (
        <Badge key={code} color={signalColours[code]} variant="light" radius="sm" tt="none" size="sm">
          {healthSignalTitles[code]}
        </Badge>
      ))}
      {more.length > 0 && (
        <Tooltip label={more.map((code) => healthSignalTitles[code]).join(', ')}>
          <Badge color="gray" variant="light" radius="sm" tt="none" size="sm" style={{ flexShrink: 0 }}>
            +{more.length} more
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
