// The figures of a funder report, section by section. Every share shows its count and what it is out of.
import { List, Paper, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { cellText } from '../../../shared/documents/cells';
import type { Table as ReportTable } from '../../../shared/documents/model';
import type { FunderReport, ReportFigure } from '../../../shared/reports/schema';
import { figureDefinitions } from '../../../shared/reports/definitions';
import { shareText } from '../../../shared/reports/share';
import { outcomesNote, reportCharts, reportTables } from '../../../shared/reports/tables';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { DocumentChart } from './ReportCharts';

export function Section({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  const id = `report-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      {intro && (
        <Text size="sm" c="dimmed" mb="sm">
          {intro}
        </Text>
      )}
      {children}
    </Paper>
  );
}

/** A headline figure; its definition shows when it is pointed at or reached with the keyboard. */
function Figure({ figure, detail }: { figure: ReportFigure; detail?: string }) {
  return (
    <Tooltip label={figure.definition} multiline w={320} withArrow events={{ hover: true, focus: true, touch: false }}>
      <Paper withBorder p="sm" tabIndex={0}>
        <Text size="sm" c="dimmed">
          {figure.label}
        </Text>
        <Text fw={700} size="xl">
          {figure.of === null
            ? figure.count.toLocaleString('en-GB')
            : shareText(figure.count, figure.of, figure.ofLabel ?? undefined)}
        </Text>
        {detail && (
          <Text size="xs" c="dimmed">
            {detail}
          </Text>
        )}
      </Paper>
    </Tooltip>
  );
}

export function ReportSections({ report }: { report: FunderReport }) {
  const vocabulary = useVocabulary();
  const { depthAtStart, depthAtEnd } = report;
  const tables = reportTables(report, vocabulary.label);
  const charts = reportCharts(report, vocabulary.label);
  const figure = (label: string) => report.figures.find((item) => item.label === label)!;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Figure figure={figure('Employers engaged')} detail="With contact, an offer or a referral in the period" />
        <Figure figure={figure('New this period')} />
        <Figure figure={figure('Continuing')} />
      </SimpleGrid>

      {tables.targets.rows.length > 0 && (
        <Section title="Progress to targets" intro={`The targets set for ${report.scope.programmeName}.`}>
          <DocumentTable table={tables.targets} />
        </Section>
      )}

      <Section
        title="Depth of engagement"
        intro="Employers engaged in the period, by their latest depth assessment on the first and last day. Relational means 4 or 5."
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} mb="sm">
          <Figure
            figure={figure('Relational at the end')}
            detail={`${depthAtEnd.notAssessed.toLocaleString('en-GB')} not assessed. The research found 31% in the UK and 60% in Denmark.`}
          />
          <Figure
            figure={figure('Relational at the start')}
            detail={`${depthAtStart.notAssessed.toLocaleString('en-GB')} not assessed on the first day`}
          />
        </SimpleGrid>
        <DocumentChart chart={charts.depth} height={220} />
      </Section>

      <Section title="Contact by month" intro="Calls, emails, meetings and visits done in the period, by kind.">
        {report.contactsByMonth.length === 0 ? (
          <Text c="dimmed">No contact in this period.</Text>
        ) : (
          <DocumentChart chart={charts.contacts} height={260} />
        )}
      </Section>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section title="Engagement roles" intro="As you saw them at each employer's latest assessment.">
          <DocumentTable table={tables.roles} />
        </Section>
        <Section title="How relationships started" intro="Which approaches brought employers that are relational now.">
          <DocumentTable table={tables.approaches} />
        </Section>
        <Section title="Promises on both sides" intro="Made in the period, and settled in the period.">
          <DocumentTable table={tables.promises} />
        </Section>
        <Section title="Opportunities offered" intro="Opened in the period, by kind.">
          <DocumentTable table={tables.opportunities} />
        </Section>
      </SimpleGrid>

      <Section
        title="Referrals and outcomes"
        intro={`People referred in the period, and how far they got. ${outcomesNote(report)} Job checks count only those who had started long enough before; the rest are not yet due.`}
      >
        <DocumentTable table={tables.funnel} />
      </Section>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        {[tables.bySector, tables.bySize, tables.byLocality].map((table) => (
          <Section key={table.title} title={table.title}>
            <DocumentTable table={table} />
          </Section>
        ))}
      </SimpleGrid>

      <Section title="How these figures are counted">
        <List size="sm" spacing={4}>
          {Object.entries(figureDefinitions).map(([figure, definition]) => (
            <List.Item key={figure}>
              <Text span fw={600} size="sm">
                {figure}:
              </Text>{' '}
              {definition}
            </List.Item>
          ))}
        </List>
      </Section>
    </Stack>
  );
}

/** A table of the report as the exports write it, without its title (the section has it). */
function DocumentTable({ table }: { table: ReportTable }) {
  if (table.rows.length === 0) return <Text c="dimmed">{table.empty}</Text>;
  return (
    <Table verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          {table.columns.map((column) => (
            <Table.Th key={column.label}>{column.label}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {table.rows.map((row, index) => (
          <Table.Tr key={index}>
            {row.map((cell, column) => (
              <Table.Td key={column}>{cellText(cell, table.columns[column]!)}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
      {table.total && (
        <Table.Tfoot>
          <Table.Tr fw={700}>
            {table.total.map((cell, column) => (
              <Table.Td key={column}>{cellText(cell, table.columns[column]!)}</Table.Td>
            ))}
          </Table.Tr>
        </Table.Tfoot>
      )}
    </Table>
  );
}
