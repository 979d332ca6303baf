// Rows of one file that are the same employer become one record. Where they give a field
// different values, the person chooses which to keep; the others go in the record's notes.
import { Select, Table, Text, Title } from '@mantine/core';
import type { ImportPreview } from '../../../shared/imports/schema';
import type { ImportWizard } from './useImportWizard';

export function SameInFile({ preview, wizard }: { preview: ImportPreview; wizard: ImportWizard }) {
  const differing = preview.sameInFile.filter((group) => group.conflicts.length > 0);
  if (differing.length === 0) return null;
  return (
    <section aria-labelledby="import-same-in-file">
      <Title order={2} size="h4" id="import-same-in-file" mb={4}>
        The same employer on more than one row
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        Each employer becomes one record. Where its rows differ, choose which value to keep. The others are kept in the
        record’s notes.
      </Text>
      <Table withTableBorder verticalSpacing={4} aria-labelledby="import-same-in-file">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Employer</Table.Th>
            <Table.Th>Column</Table.Th>
            <Table.Th w={320}>Keep</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {differing.flatMap((group) =>
            group.conflicts.map((conflict) => (
              <Table.Tr key={`${group.rows[0]}-${conflict.field}`}>
                <Table.Td>
                  {group.name} (rows {group.rows.join(', ')})
                </Table.Td>
                <Table.Td>{conflict.column}</Table.Td>
                <Table.Td>
                  <Select
                    aria-label={`${conflict.column} to keep for ${group.name}`}
                    data={conflict.values.map((entry) => ({
                      value: String(entry.row),
                      label: `${entry.shown} (row ${entry.row})`,
                    }))}
                    value={String(conflict.keptRow)}
                    onChange={(row) =>
                      row !== null && void wizard.keepValueFrom(group.rows[0]!, conflict.field, Number(row))
                    }
                    allowDeselect={false}
                    size="xs"
                    disabled={wizard.busy}
                  />
                </Table.Td>
              </Table.Tr>
            )),
          )}
        </Table.Tbody>
      </Table>
    </section>
  );
}
