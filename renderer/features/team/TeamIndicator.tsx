// In a team, the side menu says how this laptop stands with it: synced, changes not yet shared,
// a colleague not seen for 30 days, or the folder out of reach. It opens Settings, where Team says more.
import { NavLink, Tooltip } from '@mantine/core';
import { IconCloudCheck, IconCloudOff, IconCloudQuestion, IconCloudUpload } from '@tabler/icons-react';
import { Link } from 'wouter';
import { useTeamMembers, useTeamStatus } from './queries';

export function TeamIndicator({ narrow }: { narrow: boolean }) {
  const team = useTeamStatus().data?.team;
  const away = (useTeamMembers().data ?? []).filter((member) => member.away && !member.you);
  if (!team) return null;
  const [Icon, label, color] = team.problem
    ? [IconCloudOff, 'Team folder out of reach', 'red']
    : team.waiting > 0
      ? [IconCloudUpload, team.waiting === 1 ? '1 change not shared' : `${team.waiting} changes not shared`, 'yellow']
      : away.length > 0
        ? [
            IconCloudQuestion,
            away.length === 1
              ? `${away[0]!.name} not seen for 30 days`
              : `${away.length} colleagues not seen for 30 days`,
            'yellow',
          ]
        : [IconCloudCheck, 'Team in step', 'teal'];
  return (
    <Tooltip label={label} position="right" disabled={!narrow} withArrow>
      <NavLink
        component={Link}
        href="/settings"
        label={narrow ? undefined : label}
        aria-label={narrow ? label : undefined}
        leftSection={<Icon size={20} stroke={1.6} color={`var(--mantine-color-${color}-7)`} aria-hidden />}
        variant="light"
        style={{ borderRadius: 'var(--mantine-radius-md)' }}
      />
    </Tooltip>
  );
}
