// What needs attention in this relationship, each signal explained in a sentence.
import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEmployerHealth } from './queries';

export function HealthSignals({ employerId }: { employerId: string }) {
  const health = useEmployerHealth(employerId);
  const signals = health.data?.signals ?? [];
  if (signals.length === 0) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      title="Needs attention"
      icon={<IconAlertTriangle size={20} aria-hidden />}
      aria-label="Needs attention"
    >
      <List spacing={4} size="sm">
        {signals.map((signal) => (
          <List.Item key={signal.code}>
            <Text span fw={600} size="sm">
              {signal.title}.
            </Text>{' '}
            {signal.sentence}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
