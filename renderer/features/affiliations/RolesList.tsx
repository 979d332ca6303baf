// People at an employer, or the employers a person has worked for: current first, then past.
import { ActionIcon, Anchor, Badge, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { formatDate } from '../../../shared/dates';
import type { Affiliation } from '../../../shared/people/schema';
import { errorMessage } from '../../app/client';
import { useConfirm } from '../../app/components/ConfirmDialog';
import { withConfirmation } from '../../app/conflictConfirm';
import { EndRoleModal } from './EndRoleModal';
import { useSetPrimary } from './queries';

export function RolesList({ roles, show }: { roles: Affiliation[]; show: 'person' | 'employer' }) {
  const setPrimary = useSetPrimary();
  const confirm = useConfirm({ title: 'Change the main contact?', confirmLabel: 'Change the main contact' });
  const [ending, setEnding] = useState<{ role: Affiliation; movedOn: boolean } | null>(null);

  const makePrimary = async (role: Affiliation) => {
    try {
      const done = await withConfirmation(
        (replacePrimary) => setPrimary.mutateAsync({ id: role.id, replacePrimary }),
        confirm.ask,
      );
      if (done)
        notifications.show({
          color: 'teal',
          message: `${role.personName} is now the main contact at ${role.employerName}.`,
        });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Nothing was changed', message: errorMessage(error) });
    }
  };

  if (roles.length === 0) {
    return (
      <Text c="dimmed">{show === 'person' ? 'No people recorded here yet.' : 'Not linked to any employer yet.'}</Text>
    );
  }
  return (
    <Stack gap="xs">
      {confirm.dialog}
      <EndRoleModal role={ending?.role ?? null} movedOn={ending?.movedOn ?? false} onClose={() => setEnding(null)} />
      {roles.map((role) => {
        const name = show === 'person' ? role.personName : role.employerName;
        const href = show === 'person' ? `/people/${role.personId}` : `/employers/${role.employerId}`;
        const current = role.endedOn === null;
        return (
          <Paper key={role.id} withBorder p="sm" opacity={current ? 1 : 0.8}>
            <Group justify="space-between" wrap="nowrap">
              <div>
                <Group gap="xs">
                  <Anchor component={Link} href={href} fw={600}>
                    {name}
                  </Anchor>
                  {role.isPrimary && current && (
                    <Badge variant="light" radius="sm" tt="none">
                      Main contact
                    </Badge>
                  )}
                  {!current && (
                    <Badge variant="light" color="gray" radius="sm" tt="none">
                      Left {formatDate(role.endedOn)}
                    </Badge>
                  )}
                </Group>
                <Text size="sm" c="dimmed">
                  {[role.roleTitle, role.startedOn ? `since ${formatDate(role.startedOn)}` : null]
                    .filter(Boolean)
                    .join(', ')}
                </Text>
              </div>
              {current && (
                <Menu position="bottom-end">
                  <Menu.Target>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Change ${role.personName}'s role at ${role.employerName}`}
                    >
                      <IconDots size={18} aria-hidden />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    {!role.isPrimary && <Menu.Item onClick={() => void makePrimary(role)}>Make main contact</Menu.Item>}
                    <Menu.Item onClick={() => setEnding({ role, movedOn: true })}>Moved to another employer…</Menu.Item>
                    <Menu.Item onClick={() => setEnding({ role, movedOn: false })}>Has left…</Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              )}
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
