// Opportunities moved to Trash, with the referrals that went with them, ready to restore.
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { formatDate } from '../../../shared/dates';
import { errorMessage, invoke } from '../../app/client';
import { useRestoreOpportunity } from '../opportunities/queries';

export function OpportunitiesInTrash() {
  const archived = useQuery({ queryKey: ['opportunities', 'trash'], queryFn: () => invoke('opportunities.inTrash') });
  const restore = useRestoreOpportunity();
  if (!archived.data?.length) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="trash-opportunities">
      <Title order={2} size="h4" id="trash-opportunities" mb="xs">
        Opportunities in Trash
      </Title>
      <Stack gap={0}>
        {archived.data.map((opportunity) => (
          <Group
            key={opportunity.id}
            justify="space-between"
            py={8}
            style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
          >
            <div>
              <Text fw={600} size="sm">
                {opportunity.title} · {opportunity.employerName}
              </Text>
              <Text size="sm" c="dimmed">
                Moved to Trash {formatDate(opportunity.deletedAt)}
                {opportunity.referrals > 0
                  ? `, with ${opportunity.referrals} referral${opportunity.referrals === 1 ? '' : 's'}`
                  : ''}
              </Text>
            </div>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() =>
                restore.mutateAsync({ id: opportunity.id }).then(
                  () => notifications.show({ color: 'teal', message: `Restored ${opportunity.title}.` }),
                  (error) =>
                    notifications.show({ color: 'red', title: 'Nothing was changed', message: errorMessage(error) }),
                )
              }
            >
              Restore<span className="visually-hidden"> {opportunity.title}</span>
            </Button>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
