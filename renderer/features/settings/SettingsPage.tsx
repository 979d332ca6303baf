import {
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
  useMantineColorScheme,
  type MantineColorScheme,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../app/client';
import { CadenceSettings } from './CadenceSettings';
import { BackupsPanel } from '../backups/BackupsPanel';
import { YourDataPanel } from '../exports/YourDataPanel';
import { PrivacyPanel } from '../privacy/PrivacyPanel';
import { SecurityPanel } from '../security/SecurityPanel';
import { CharitySettings } from './CharitySettings';
import { ReferenceSettings } from './ReferenceSettings';

export function SettingsPage() {
  const info = useQuery({ queryKey: ['app', 'info'], queryFn: () => invoke('app.info') });
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const rows: [string, string][] = info.data
    ? [
        ['Bridgework version', info.data.appVersion],
        ['Your data is saved in', info.data.databaseFile],
        ['Database version', String(info.data.schemaVersion)],
        ['Employers', info.data.employerCount.toLocaleString('en-GB')],
        ['SQLite', info.data.versions.sqlite],
        ['Node.js', info.data.versions.node],
        ...(info.data.versions.electron ? [['Electron', info.data.versions.electron] as [string, string]] : []),
      ]
    : [];
  return (
    <Stack gap="lg" maw={760}>
      <Title order={1}>Settings</Title>
      <Paper withBorder p="lg">
        <Stack gap="sm">
          <Title order={2} size="h4" id="appearance">
            Appearance
          </Title>
          <SegmentedControl
            aria-labelledby="appearance"
            value={colorScheme}
            onChange={(value) => setColorScheme(value as MantineColorScheme)}
            data={[
              { value: 'auto', label: 'Match my computer' },
              { value: 'light', label: 'Light' },
              { value: 'dark', label: 'Dark' },
            ]}
            w="fit-content"
          />
        </Stack>
      </Paper>
      <CadenceSettings />
      <BackupsPanel />
      <SecurityPanel />
      <YourDataPanel />
      <PrivacyPanel />
      <CharitySettings />
      <ReferenceSettings />
      <Paper withBorder p="lg">
        <Title order={2} size="h4" mb="sm">
          About this copy of Bridgework
        </Title>
        <Table>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={240} fw={500}>
                  {label}
                </Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="sm" c="dimmed" mt="sm">
          Everything you record stays in this file on this computer. Nothing is sent anywhere.
        </Text>
      </Paper>
    </Stack>
  );
}
