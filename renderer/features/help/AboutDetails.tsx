// The versions of this copy of Bridgework and where its data is: in Settings and Help → About.
import { Table, Text } from '@mantine/core';
import { useAppInfo } from '../app/queries';

export function AboutDetails() {
  const info = useAppInfo();
  const rows: [string, string][] = info.data
    ? [
        ['Bridgework version', info.data.appVersion],
        ['Your data is saved in', info.data.databaseFile],
        ['Database version', String(info.data.schemaVersion)],
        ['Employers', info.data.employerCount.toLocaleString('en-GB')],
        ['SQLite', info.data.versions.sqlite],
        ['Node.js', info.data.versions.node],
        ...(info.data.versions.electron ? [['Electron', info.data.versions.electron] as [string, string]] : []),
        ...(info.data.versions.chrome ? [['Chromium', info.data.versions.chrome] as [string, string]] : []),
      ]
    : [];
  return (
    <>
      <Table>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={220} fw={500}>
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
    </>
  );
}
