// Who is in the team, from the member file each laptop writes when it syncs.
import { Stack, Text, Title } from '@mantine/core';
import { formatDateTime } from '../../../shared/dates';
import { useTeamMembers } from './queries';

export function Members() {
  const members = useTeamMembers();
  if (!members.data?.length) return null;
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        Who is in the team
      </Title>
      {members.data.map((member) => (
        <Text size="sm" key={member.device}>
          {member.name}
          {member.you ? ' (you, on this laptop)' : ''} · last synced {formatDateTime(member.lastSeenAt)}
          {member.away && !member.you && (
            <Text span c="red" size="sm">
              {' '}
              · not seen for 30 days or more. If their laptop is lost, see “If a laptop is lost” in the guide.
            </Text>
          )}
        </Text>
      ))}
    </Stack>
  );
}
