import {
  Alert,
  Button,
  Group,
  List,
  ScrollArea,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { DuplicateAction, ImportProblem } from '../../../shared/imports/schema';
import type { ImportWizard } from './useImportWizard';
import { SameInFile } from './SameInFile';
import { UnlistedValues } from './UnlistedValues';

const actions: { value: DuplicateAction; label: string }[] = [
  { value: 'skip', label: 'Skip it' },
  { value: 'fill', label: 'Fill in gaps' },
  { value: 'update', label: 'Update it' },
  { value: 'create', label: 'Add as new' },
];
const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
/** "rows 3 and 7", "rows 3, 7 and 12". */
const rowList = (rows: number[]) =>
  `rows ${rows.length > 1 ? `${rows.slice(0, -1).join(', ')} and ${rows.at(-1)}` : rows[0]}`;

export function CheckRowsStep({ wizard }: { wizard: ImportWizard }) {
  const preview = wizard.preview!;
  const labels = [...new Set(preview.sample.flatMap((row) => row.values.map((value) => value.label)))];
  return (
    <Stack gap="lg">
      <Alert color={preview.readyRows > 0 ? 'teal' : 'red'} role="status" title="What will happen">
        <List size="sm" spacing={2}>
          <List.Item>{count(preview.readyRows, 'row is ready to import.', 'rows are ready to import.')}</List.Item>
          {preview.changedCount > 0 && (
            <List.Item>
              {count(preview.changedCount, 'row', 'rows')} will be imported with changes: a value that does not fit is
              left out and kept in the notes. They are listed below.
            </List.Item>
          )}
          {preview.sameInFileCount > 0 && (
            <List.Item>
              {count(preview.sameInFileCount, 'employer appears', 'employers appear')} on more than one row:{' '}
              {preview.sameInFile
                .slice(0, 5)
                .map((group) => `${rowList(group.rows)} (${group.name})`)
                .join('; ')}
              {preview.sameInFileCount > 5 ? ' and others' : ''}. Each becomes one record with the notes of every row.
              {preview.sameInFile.some((group) => group.conflicts.length > 0) &&
                ' Where the rows differ, choose below which value to keep.'}
            </List.Item>
          )}
          {preview.problemCount > 0 && (
            <List.Item>
              {count(preview.problemCount, 'row cannot', 'rows cannot')} make a record and will not be imported. You get
              a file of them, with the reasons, to fix and import again.
            </List.Item>
          )}
          {preview.matchCount > 0 && (
            <List.Item>
              {count(preview.matchCount, 'row matches a record', 'rows match records')} you already have.
            </List.Item>
          )}
          {preview.newEmployerCount > 0 && (
            <List.Item>
              {count(preview.newEmployerCount, 'new employer', 'new employers')} will be added:{' '}
              {preview.newEmployers.slice(0, 8).join(', ')}
              {preview.newEmployerCount > 8 ? ' and others.' : '.'}
            </List.Item>
          )}
        </List>
      </Alert>

      {preview.sample.length > 0 && (
        <section aria-labelledby="import-sample">
          <Title order={2} size="h4" id="import-sample" mb="xs">
            The first rows, as they will be stored
          </Title>
          <ScrollArea>
            <Table striped withTableBorder verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Row</Table.Th>
                  {labels.map((label) => (
                    <Table.Th key={label}>{label}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.sample.map((row) => (
                  <Table.Tr key={row.row}>
                    <Table.Td>{row.row}</Table.Td>
                    {labels.map((label) => (
                      <Table.Td key={label}>{row.values.find((value) => value.label === label)?.value ?? ''}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </section>
      )}

      {preview.matchCount > 0 && (
        <section aria-labelledby="import-matches">
          <Title order={2} size="h4" id="import-matches">
            Rows that match records you already have
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            Names are matched whatever their capitals, spacing or punctuation, and “Ltd”, “Limited”, “&” and “and” are
            ignored.
          </Text>
          <Group mb="sm" gap="sm">
            <Text size="sm" fw={600} id="all-matches">
              For every match
            </Text>
            <SegmentedControl
              aria-labelledby="all-matches"
              data={actions}
              value={
                preview.matches.every((m) => m.action === preview.matches[0]?.action) ? preview.matches[0]!.action : ''
              }
              onChange={(value) => void wizard.decideAll(value as DuplicateAction)}
              disabled={wizard.busy}
            />
          </Group>
          <ScrollArea.Autosize mah={320}>
            <Table withTableBorder verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Row</Table.Th>
                  <Table.Th>In your file</Table.Th>
                  <Table.Th>Already in Bridgework</Table.Th>
                  <Table.Th w={170}>What to do</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.matches.map((match) => (
                  <Table.Tr key={match.row}>
                    <Table.Td>{match.row}</Table.Td>
                    <Table.Td>{match.label}</Table.Td>
                    <Table.Td>{match.existing.name}</Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={`What to do with row ${match.row}, ${match.label}`}
                        data={actions}
                        value={match.action}
                        onChange={(value) => value && void wizard.decide(match.row, value as DuplicateAction)}
                        allowDeselect={false}
                        size="xs"
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </section>
      )}

      <UnlistedValues preview={preview} wizard={wizard} />
      <SameInFile preview={preview} wizard={wizard} />
      <RowsToCheck
        id="import-changed"
        title="Rows imported with changes"
        why="What changes"
        rows={preview.changed}
        total={preview.changedCount}
      />
      <RowsToCheck
        id="import-problems"
        title="Rows that will not be imported"
        why="Why"
        rows={preview.problems}
        total={preview.problemCount}
      />

      {wizard.problem && (
        <Alert color="red" role="alert">
          {wizard.problem}
        </Alert>
      )}
      <Group>
        <Button variant="default" onClick={() => wizard.setStep('columns')}>
          Back to the columns
        </Button>
        <Button onClick={() => void wizard.commit()} disabled={preview.readyRows === 0 || wizard.busy}>
          Import {count(preview.readyRows, 'row', 'rows')}
        </Button>
      </Group>
    </Stack>
  );
}

function RowsToCheck({
  id,
  title,
  why,
  rows,
  total,
}: {
  id: string;
  title: string;
  why: string;
  rows: ImportProblem[];
  total: number;
}) {
  if (total === 0) return null;
  // Contact cards are known by their names, not their place in the file.
  const named = rows.some((row) => row.label);
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="xs">
        {title}
      </Title>
      <ScrollArea.Autosize mah={280}>
        <Table withTableBorder verticalSpacing={4} aria-labelledby={id}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={named ? 200 : 70}>{named ? 'Contact' : 'Row'}</Table.Th>
              <Table.Th>{why}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.row}>
                <Table.Td>{row.label ?? row.row}</Table.Td>
                <Table.Td>{row.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {total > rows.length && (
        <Text size="sm" c="dimmed" mt="xs">
          Showing the first {rows.length.toLocaleString('en-GB')}. The file you get after importing lists all of them.
        </Text>
      )}
    </section>
  );
}
