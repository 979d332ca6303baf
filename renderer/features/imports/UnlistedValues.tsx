// Values a file holds that are not on one of your lists ("Care" for a sector), once each: what
// Bridgework will store for it (its best match, if it found one), to accept or change, or to
// leave empty with the word kept in the notes.
import { Select, Table, Text, Title } from '@mantine/core';
import type { ImportField } from '../../../shared/imports/fields';
import type { ImportPreview } from '../../../shared/imports/schema';
import { useVocabulary } from '../vocabulary/useVocabulary';
import type { ImportWizard } from './useImportWizard';

const leaveEmpty = '';

export function UnlistedValues({ preview, wizard }: { preview: ImportPreview; wizard: ImportWizard }) {
  const vocabulary = useVocabulary();
  if (preview.unlisted.length === 0) return null;
  return (
    <section aria-labelledby="import-unlisted">
      <Title order={2} size="h4" id="import-unlisted" mb={4}>
        Values not on your lists
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        Choose what to store for each. Where Bridgework found a close match it has chosen it for you. Left empty, the
        value is kept in the record’s notes.
      </Text>
      <Table withTableBorder verticalSpacing={4} aria-labelledby="import-unlisted">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Column</Table.Th>
            <Table.Th>In your file</Table.Th>
            <Table.Th>Rows</Table.Th>
            <Table.Th w={280}>Store it as</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.unlisted.map((entry) => (
            <Table.Tr key={`${entry.field}-${entry.value}`}>
              <Table.Td>{entry.column}</Table.Td>
              <Table.Td>{entry.value}</Table.Td>
              <Table.Td>{entry.rows.toLocaleString('en-GB')}</Table.Td>
              <Table.Td>
                <Select
                  aria-label={`Store “${entry.value}” in ${entry.column} as`}
                  data={[
                    { value: leaveEmpty, label: 'Leave it empty (keep it in the notes)' },
                    ...vocabulary.options(entry.list),
                  ]}
                  value={entry.storedAs ?? leaveEmpty}
                  onChange={(code) =>
                    code !== null && void wizard.storeValueAs(entry.field as ImportField, entry.value, code)
                  }
                  allowDeselect={false}
                  size="xs"
                  disabled={wizard.busy}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
