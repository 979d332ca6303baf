// Help → Keyboard shortcuts: every shortcut, from the same list the menus are built from.
import { Group, Kbd, Modal, Table, Title } from '@mantine/core';
import { commands, pageShortcuts, shortcutKeys } from '../../../shared/app/commands';

const mac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

function Keys({ shortcut }: { shortcut: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      {shortcutKeys(shortcut, mac).map((key) => (
        <Kbd key={key} size="sm">
          {key}
        </Kbd>
      ))}
    </Group>
  );
}

function ShortcutTable({ caption, rows }: { caption: string; rows: { shortcut: string; description: string }[] }) {
  return (
    <>
      <Title order={3} size="h5" mt="sm">
        {caption}
      </Title>
      <Table verticalSpacing={6}>
        <Table.Thead className="visually-hidden">
          <Table.Tr>
            <Table.Th>Keys</Table.Th>
            <Table.Th>What they do</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.shortcut}>
              <Table.Td w={170}>
                <Keys shortcut={row.shortcut} />
              </Table.Td>
              <Table.Td>{row.description}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}

export function ShortcutsDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const anywhere = commands.flatMap((command) =>
    command.shortcut ? [{ shortcut: command.shortcut, description: command.description }] : [],
  );
  return (
    <Modal opened={opened} onClose={onClose} title="Keyboard shortcuts" size="lg">
      <ShortcutTable caption="Anywhere in Bridgework" rows={anywhere} />
      <ShortcutTable caption="On some pages" rows={pageShortcuts} />
    </Modal>
  );
}
