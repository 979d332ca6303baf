// The figures of a funder report, section by section. Every share shows its count and what it is out of.
import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Breakdown, FunderReport } from '../../../shared/reports/schema';
import { shareText } from '../../../shared/reports/share';
import type { VocabularyListName } from '../../../shared/vocabulary';
import { FunnelSummary } from '../funnel/FunnelSummary';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { ContactsChart, DepthChart } from './ReportCharts';

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

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Paper>
  );
}

export function ReportSections({ report }: { report: FunderReport }) {
  const vocabulary = useVocabulary();
  const { employers, depthAtStart, depthAtEnd, promises } = report;
  const relationalEnd = depthAtEnd.relational;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Figure
          label="Employers engaged"
          value={employers.engaged.toLocaleString('en-GB')}
          detail="With contact, an offer or a referral in the period"
        />
        <Figure label="New this period" value={shareText(employers.new, employers.engaged)} />
        <Figure label="Continuing" value={shareText(employers.continuing, employers.engaged)} />
      </SimpleGrid>

      <Section
        title="Depth of engagement"
        intro="Employers engaged in the period, by their latest depth assessment on the first and last day. Relational means 4 or 5."
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} mb="sm">
          <Figure
            label="Relational at the end"
            value={shareText(relationalEnd.count, relationalEnd.of, 'assessed')}
            detail={`${depthAtEnd.notAssessed.toLocaleString('en-GB')} not assessed. The research found 31% in the UK and 60% in Denmark.`}
          />
          <Figure
            label="Relational at the start"
            value={shareText(depthAtStart.relational.count, depthAtStart.relational.of, 'assessed')}
            detail={`${depthAtStart.notAssessed.toLocaleString('en-GB')} not assessed on the first day`}
          />
        </SimpleGrid>
        <DepthChart report={report} />
      </Section>

      <Section title="Contact by month" intro="Calls, emails, meetings and visits done in the period, by kind.">
        {report.contactsByMonth.length === 0 ? (
          <Text c="dimmed">No contact in this period.</Text>
        ) : (
          <ContactsChart report={report} />
        )}
      </Section>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section title="Engagement roles" intro="As you saw them at each employer's latest assessment.">
          <CountTable
            rows={report.roles.map((row) => [
              vocabulary.label('engagement_role', row.role),
              shareText(row.employers, employers.engaged),
            ])}
            headers={['Role', 'Employers engaged']}
            empty="No roles recorded."
          />
        </Section>
        <Section title="How relationships started" intro="Which approaches brought employers that are relational now.">
          <CountTable
            rows={report.approaches.map((row) => [
              vocabulary.label('approach', row.approach) || 'Not recorded',
              row.employers.toLocaleString('en-GB'),
              shareText(row.relational, row.employers),
            ])}
            headers={['Approach', 'Employers', 'Relational now']}
            empty="No employers engaged."
          />
        </Section>
        <Section title="Promises on both sides" intro="Made in the period, and settled in the period.">
          <CountTable
            rows={(['employer', 'us'] as const).map((party) => {
              const side = promises[party];
              return [
                party === 'us' ? 'We promised' : 'The employers promised',
                side.made.toLocaleString('en-GB'),
                shareText(side.kept, side.kept + side.broken, 'settled'),
                side.released.toLocaleString('en-GB'),
              ];
            })}
            headers={['', 'Made', 'Kept', 'Released']}
            empty=""
          />
        </Section>
        <Section title="Opportunities offered" intro="Opened in the period, by kind.">
          <CountTable
            rows={report.opportunitiesByKind.map((row) => [
              vocabulary.label('opportunity_kind', row.kind),
              row.opportunities.toLocaleString('en-GB'),
              row.places.toLocaleString('en-GB'),
            ])}
            headers={['Kind', 'Opportunities', 'Places']}
            empty="No opportunities opened in this period."
          />
        </Section>
      </SimpleGrid>

      <Section
        title="Referrals and outcomes"
        intro="People referred in the period, and how far they have got. Job checks count those who started long enough ago."
      >
        <FunnelSummary counts={report.funnel} />
      </Section>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <BreakdownSection title="By sector" rows={report.bySector} list="sector" engaged={employers.engaged} />
        <BreakdownSection title="By size" rows={report.bySize} list="size_band" engaged={employers.engaged} />
        <BreakdownSection title="By area" rows={report.byLocality} engaged={employers.engaged} />
      </SimpleGrid>
    </Stack>
  );
}

function BreakdownSection({
  title,
  rows,
  list,
  engaged,
}: {
  title: string;
  rows: Breakdown[];
  list?: VocabularyListName;
  engaged: number;
}) {
  const vocabulary = useVocabulary();
  return (
    <Section title={title}>
      <CountTable
        rows={rows.map((row) => [
          (list ? vocabulary.label(list, row.code) : row.code) || 'Not recorded',
          shareText(row.employers, engaged),
          shareText(row.relational, row.employers),
          row.starts.toLocaleString('en-GB'),
        ])}
        headers={['', 'Employers', 'Relational', 'Job starts']}
        empty="No employers engaged."
      />
    </Section>
  );
}

function CountTable({ headers, rows, empty }: { headers: string[]; rows: string[][]; empty: string }) {
  if (rows.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <Table verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          {headers.map((header, index) => (
            <Table.Th key={index}>{header || <span className="visually-hidden">Group</span>}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((cells, index) => (
          <Table.Tr key={index}>
            {cells.map((cell, column) => (
              <Table.Td key={column}>{cell}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
