// The report's charts on screen, drawn from the same figures as the charts in its exports.
import { BarChart } from '@mantine/charts';
import type { Chart } from '../../../shared/documents/model';

export function DocumentChart({ chart, height }: { chart: Chart; height: number }) {
  const data = chart.categories.map((category, index) => ({
    category,
    ...Object.fromEntries(chart.series.map((series, which) => [`s${which}`, series.values[index] ?? 0])),
  }));
  return (
    <BarChart
      h={height}
      data={data}
      dataKey="category"
      type={chart.stacked ? 'stacked' : 'default'}
      series={chart.series.map((series, which) => ({ name: `s${which}`, label: series.name, color: series.colour }))}
      withLegend
      withTooltip={false}
      barChartProps={{ accessibilityLayer: false }}
      role="img"
      aria-label={`${chart.title}. ${chart.description}.`}
    />
  );
}
