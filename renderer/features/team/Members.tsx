// Who is in the team, from the member file each laptop writes when it syncs; a colleague who
// leaves can hand their employers to someone else from here.
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatDateTime } from '../../../shared/dates';
import { HandOverModal, type HandOverRequest } from '../employers/HandOverModal';
import { useAccountOwners } from '../employers/queries';
import { useTeamMembers } from './queries';

export function Members() {
  const members = useTeamMembers();
  const owners = useAccountOwners();
  const [handingOver, setHandingOver] = useState<HandOverRequest | null>(null);
  if (!members.data?.length) return null;
  const owned = (name: string) => owners.data?.find((owner) => owner.name.toLowerCase() === name.toLowerCase());
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        Who is in the team
      </Title>
      {members.data.map((member) => (
        <Group key={member.device} gap="xs" wrap="nowrap" justify="space-between">
          <Text size="sm">
            {member.name}
            {member.you ? ' (you, on this laptop)' : ''} · last synced {formatDateTime(member.lastSeenAt)}
            {member.away && !member.you && (
              <Text span c="red" size="sm">
                {' '}
                · not seen for 30 days or more. If their laptop is lost, see “If a laptop is lost” in the guide.
              </Text>
            )}
          </Text>
          {owned(member.name) && !member.you && (
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() => setHandingOver({ from: owned(member.name)!.name })}
            >
              Hand over their employers<span className="visually-hidden"> ({member.name})</span>
            </Button>
          )}
        </Group>
      ))}
      <HandOverModal request={handingOver} onClose={() => setHandingOver(null)} />
    </Stack>
  );
}
