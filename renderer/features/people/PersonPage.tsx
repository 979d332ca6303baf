import { Alert, Anchor, Button, Group, Loader, Menu, Paper, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconBriefcase, IconEraser, IconFileText, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { ContactValue } from '../../app/components/ContactValue';
import { MoreMenu } from '../../app/components/MoreMenu';
import { Link } from 'wouter';
import { errorMessage } from '../../app/client';
import { AddRoleModal } from '../affiliations/AddRoleModal';
import { RolesList } from '../affiliations/RolesList';
import { Timeline } from '../timeline/Timeline';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { usePrivacyActions } from '../privacy/usePrivacyActions';
import { PersonFormModal } from './PersonFormModal';
import { usePerson } from './queries';

export function PersonPage({ id }: { id: string }) {
  const person = usePerson(id);
  const vocabulary = useVocabulary();
  const [editing, setEditing] = useState(false);
  const [addingRole, setAddingRole] = useState(false);
  const privacy = usePrivacyActions({ afterErasing: '/people' });
  if (person.isPending) return <Loader aria-label="Loading person" />;
  if (person.isError) {
    return (
      <Stack maw={620}>
        <Title order={1}>Person not found</Title>
        <Alert color="red">{errorMessage(person.error)}</Alert>
        <Anchor component={Link} href="/people">
          Go to the list of people
        </Anchor>
        {/* Just erased: what is left of them in the backups is still to be dealt with. */}
        {privacy.dialogs}
      </Stack>
    );
  }
  const current = person.data;
  const now = current.affiliations.filter((role) => !role.endedOn);
  return (
    <Stack gap="md" maw={1100} h="100%">
      <Anchor component={Link} href="/people" size="sm">
        Back to people
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{current.name}</Title>
          <Text c="dimmed">
            {now.length
              ? now.map((role) => `${role.roleTitle ? `${role.roleTitle} at ` : ''}${role.employerName}`).join(', ')
              : 'Not working at any of your employers now'}
          </Text>
        </div>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconPencil size={18} aria-hidden />} onClick={() => setEditing(true)}>
            Edit details
          </Button>
          <MoreMenu>
            <Menu.Item
              leftSection={<IconFileText size={16} aria-hidden />}
              onClick={() => privacy.exportWhatWeHold(current)}
            >
              Export what we hold about them
            </Menu.Item>
            <Menu.Item
              color="red"
              leftSection={<IconEraser size={16} aria-hidden />}
              onClick={() => void privacy.askToErase(current)}
            >
              Erase their details
            </Menu.Item>
          </MoreMenu>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
        <Paper withBorder p="sm">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Email
          </Text>
          <ContactValue value={current.email} kind="email" />
          {current.otherEmails.map((other) => (
            <Text key={other} size="sm" c="dimmed">
              also {other}
            </Text>
          ))}
        </Paper>
        <Paper withBorder p="sm">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Phone
          </Text>
          <ContactValue value={current.phone} kind="phone" />
          {current.otherPhones.map((other) => (
            <Text key={other} size="sm" c="dimmed">
              also {other}
            </Text>
          ))}
        </Paper>
        <Paper withBorder p="sm">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Best way to get in touch
          </Text>
          <Text>{vocabulary.label('preferred_channel', current.preferredChannel) || '—'}</Text>
        </Paper>
      </SimpleGrid>
      <Tabs
        defaultValue="timeline"
        keepMounted={false}
        style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
      >
        <Tabs.List>
          <Tabs.Tab value="timeline">Contact across employers</Tabs.Tab>
          <Tabs.Tab value="roles">Where they have worked ({current.affiliations.length})</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="timeline" pt="md" style={{ flex: 1, minHeight: 0 }}>
          <Timeline scope={{ personId: id }} />
        </Tabs.Panel>
        <Tabs.Panel value="roles" pt="md">
          <Button
            variant="light"
            mb="md"
            leftSection={<IconBriefcase size={18} aria-hidden />}
            onClick={() => setAddingRole(true)}
          >
            Add a role at an employer
          </Button>
          <RolesList roles={current.affiliations} show="employer" />
          {current.notes && (
            <Paper withBorder p="md" mt="md">
              <Text fw={600} mb={4}>
                Notes
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{current.notes}</Text>
            </Paper>
          )}
        </Tabs.Panel>
      </Tabs>
      <PersonFormModal opened={editing} onClose={() => setEditing(false)} person={current} />
      <AddRoleModal person={current} opened={addingRole} onClose={() => setAddingRole(false)} />
      {privacy.dialogs}
    </Stack>
  );
}
