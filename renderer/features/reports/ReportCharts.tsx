// The report's two charts: depth at the start and end of the period, and contact by month.
import { BarChart } from '@mantine/charts';
import { depthLabels } from '../../../shared/assessments/depth';
import type { FunderReport } from '../../../shared/reports/schema';
import { useVocabulary } from '../vocabulary/useVocabulary';

const kindColours = ['teal.7', 'blue.7', 'grape.7', 'orange.7', 'cyan.7', 'indigo.7', 'pink.7', 'lime.8', 'gray.7'];

export function DepthChart({ report }: { report: FunderReport }) {
  const depths = [1, 2, 3, 4, 5] as const;
  const data = depths.map((depth) => ({
    depth: `${depth}`,
    start: report.depthAtStart.byDepth[depth],
    end: report.depthAtEnd.byDepth[depth],
  }));
  return (
    <BarChart
      h={220}
      data={data}
      dataKey="depth"
      series={[
        { name: 'start', label: 'At the start', color: 'gray.5' },
        { name: 'end', label: 'At the end', color: 'teal.7' },
      ]}
      withLegend
      withTooltip={false}
      barChartProps={{ accessibilityLayer: false }}
      role="img"
      aria-label={`Employers by depth. ${depths
        .map(
          (depth) =>
            `${depth} (${depthLabels[depth]}): ${data[depth - 1]!.start} at the start, ${data[depth - 1]!.end} at the end`,
        )
        .join('; ')}.`}
    />
  );
}

export function ContactsChart({ report }: { report: FunderReport }) {
  const vocabulary = useVocabulary();
  const kinds = [...new Set(report.contactsByMonth.map((row) => row.kind))];
  const months = [...new Set(report.contactsByMonth.map((row) => row.month))];
  const monthName = (month: string) =>
    new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const data = months.map((month) => ({
    month: monthName(month),
    ...Object.fromEntries(
      kinds.map((kind) => [
        kind,
        report.contactsByMonth.find((row) => row.month === month && row.kind === kind)?.count ?? 0,
      ]),
    ),
  }));
  const total = (month: string) =>
    report.contactsByMonth.filter((row) => row.month === month).reduce((sum, row) => sum + row.count, 0);
  return (
    <BarChart
      h={260}
      data={data}
      dataKey="month"
      type="stacked"
      series={kinds.map((kind, index) => ({
        name: kind,
        label: vocabulary.label('interaction_kind', kind),
        color: kindColours[index % kindColours.length]!,
      }))}
      withLegend
      withTooltip={false}
      barChartProps={{ accessibilityLayer: false }}
      role="img"
      aria-label={`Contacts by month: ${months.map((month) => `${monthName(month)} ${total(month)}`).join(', ')}.`}
    />
  );
}
