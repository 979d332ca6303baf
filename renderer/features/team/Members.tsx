// Who is in the team, from the member file each laptop writes when it syncs; a colleague who
// leaves can hand their employers to someone else from here.
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatDateTime } from '../../../shared/dates';
import { HandOverModal, type HandOverRequest } from '../employers/HandOverModal';
import { useAccountOwners } from '../employers/queries';
import type { TeamMemberRemoved } from '../../../shared/team/schema';
import { JoinCode } from './JoinCode';
import { useTeamMembers } from './queries';
import { RemoveMemberModal, type RemoveRequest } from './RemoveMember';

export function Members() {
  const members = useTeamMembers();
  const owners = useAccountOwners();
  const [handingOver, setHandingOver] = useState<HandOverRequest | null>(null);
  const [removing, setRemoving] = useState<RemoveRequest | null>(null);
  const [removed, setRemoved] = useState<TeamMemberRemoved | null>(null);
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
          {!member.you && (
            <Group gap={4} wrap="nowrap">
              {owned(member.name) && (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  onClick={() => setHandingOver({ from: owned(member.name)!.name })}
                >
                  Hand over their employers<span className="visually-hidden"> ({member.name})</span>
                </Button>
              )}
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                onClick={() => setRemoving({ device: member.device, name: member.name })}
              >
                Take out of the team<span className="visually-hidden"> ({member.name})</span>
              </Button>
            </Group>
          )}
        </Group>
      ))}
      {removed && (
        <JoinCode title={`${removed.name} is out of the team. Here is the new join code`} joinCode={removed.joinCode} />
      )}
      <HandOverModal request={handingOver} onClose={() => setHandingOver(null)} />
      <RemoveMemberModal request={removing} onClose={() => setRemoving(null)} onRemoved={setRemoved} />
    </Stack>
  );
}
