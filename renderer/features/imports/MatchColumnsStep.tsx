import { Alert, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { fieldsFor, type ImportField } from '../../../shared/imports/fields';
import { importFieldLabel } from '../../../shared/imports/labels';
import type { ImportWizard } from './useImportWizard';

const leaveOut = '';

export function MatchColumnsStep({ wizard }: { wizard: ImportWizard }) {
  const preview = wizard.preview!;
  const options = [
    { value: leaveOut, label: 'Leave it out' },
    ...fieldsFor[wizard.target].map((field) => ({ value: field, label: importFieldLabel(wizard.target, field) })),
  ];
  const setColumn = (column: number, value: string | null) => {
    const field = (value || null) as ImportField | null;
    // A field fills one column: choosing it here takes it off any other column.
    const mapping = preview.mapping.map((current, index) =>
      index === column ? field : current === field && field ? null : current,
    );
    void wizard.changeMapping(mapping);
  };
  return (
    <Stack gap="md">
      <Text>
        <strong>{preview.fileName}</strong> has {preview.totalRows.toLocaleString('en-GB')}{' '}
        {preview.totalRows === 1 ? 'row' : 'rows'}. Read as {preview.readAs}.
      </Text>
      {preview.sheets.length > 1 && (
        <Select
          label="Sheet"
          description="The workbook has more than one sheet. Choose the one to import."
          data={preview.sheets}
          value={preview.sheet}
          onChange={(sheet) => sheet && void wizard.changeSheet(sheet)}
          allowDeselect={false}
          maw={320}
        />
      )}
      <Text size="sm" c="dimmed">
        Bridgework has guessed what each column holds. Check each one, and change any it got wrong.
      </Text>
      <Table striped withTableBorder verticalSpacing="xs" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="25%">Column in your file</Table.Th>
            <Table.Th>What it holds (first rows)</Table.Th>
            <Table.Th w="30%">Store it as</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.headers.map((header, column) => (
            <Table.Tr key={`${column}-${header}`}>
              <Table.Td fw={600}>{header}</Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed" lineClamp={2}>
                  {preview.examples[column]?.join(' · ') || 'Empty'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={`Store “${header}” as`}
                  description={preview.guessedBecause[column] ?? undefined}
                  inputWrapperOrder={['input', 'description']}
                  data={options}
                  value={preview.mapping[column] ?? leaveOut}
                  onChange={(value) => setColumn(column, value)}
                  allowDeselect={false}
                  disabled={wizard.busy}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {preview.mappingProblem && (
        <Alert color="yellow" role="alert">
          {preview.mappingProblem}
        </Alert>
      )}
      {wizard.problem && (
        <Alert color="red" role="alert">
          {wizard.problem}
        </Alert>
      )}
      <Group>
        <Button variant="default" onClick={wizard.startAgain}>
          Choose another file
        </Button>
        <Button
          onClick={() => void wizard.checkRows()}
          disabled={Boolean(preview.mappingProblem)}
          loading={wizard.busy}
        >
          Check every row
        </Button>
      </Group>
    </Stack>
  );
}
