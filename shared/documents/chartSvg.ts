// A bar chart as plain SVG, so the same picture goes into the HTML, the PDF and (as an image) Word.
import type { Chart } from './model';

/** Calm, distinguishable colours that keep a 3:1 contrast with white. */
/**
 * Colours for categories, each far from the others in hue and safe for colour-blind readers
 * (after Okabe and Ito), led by the app's teal; a chart shows at most this many before "Other".
 */
export const chartColours = ['#0c7f6f', '#e69f00', '#0072b2', '#cc79a7', '#d55e00', '#56b4e9', '#8c6d1f'];
export const chartGrey = '#868e96';

const width = 680;
const height = 260;

export function chartSvg(chart: Chart, scale = 1): string {
  const legend = legendLayout(chart);
  const plot = { left: 44, right: 12, top: 20 + legend.rows * 16, bottom: 34 };
  const totals = chart.categories.map((_, index) =>
    chart.stacked
      ? chart.series.reduce((sum, series) => sum + (series.values[index] ?? 0), 0)
      : Math.max(0, ...chart.series.map((series) => series.values[index] ?? 0)),
  );
  const ticks = niceTicks(Math.max(1, ...totals));
  const top = ticks[ticks.length - 1]!;
  const plotWidth = width - plot.left - plot.right;
  const plotHeight = height - plot.top - plot.bottom;
  const y = (value: number) => plot.top + plotHeight - (value / top) * plotHeight;
  const band = plotWidth / Math.max(1, chart.categories.length);
  const groupWidth = band * 0.7;
  const barWidth = chart.stacked ? groupWidth : groupWidth / Math.max(1, chart.series.length);
  const parts: string[] = [];
  for (const tick of ticks) {
    parts.push(
      `<line x1="${plot.left}" x2="${width - plot.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#dee2e6" />`,
      `<text x="${plot.left - 6}" y="${y(tick) + 4}" text-anchor="end">${tick.toLocaleString('en-GB')}</text>`,
    );
  }
  const labelEvery = Math.ceil(chart.categories.length / 12);
  chart.categories.forEach((category, index) => {
    const x0 = plot.left + band * index + (band - groupWidth) / 2;
    let stackedBase = 0;
    chart.series.forEach((series, seriesIndex) => {
      const value = series.values[index] ?? 0;
      if (value <= 0) return;
      const x = chart.stacked ? x0 : x0 + barWidth * seriesIndex;
      const from = chart.stacked ? stackedBase : 0;
      stackedBase += value;
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y(from + value).toFixed(1)}" width="${Math.max(1, barWidth - 1).toFixed(1)}" height="${(y(from) - y(from + value)).toFixed(1)}" fill="${series.colour}" />`,
      );
    });
    if (index % labelEvery === 0) {
      parts.push(
        `<text x="${(plot.left + band * index + band / 2).toFixed(1)}" y="${height - plot.bottom + 16}" text-anchor="middle">${escapeXml(category)}</text>`,
      );
    }
  });
  chart.series.forEach((series, index) => {
    const { x, y: top } = legend.positions[index]!;
    parts.push(
      `<rect x="${x}" y="${top}" width="10" height="10" fill="${series.colour}" />`,
      `<text x="${x + 14}" y="${top + 9}">${escapeXml(series.name)}</text>`,
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeXml(`${chart.title}. ${chart.description}`)}" width="${width * scale}" height="${height * scale}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="11" fill="#343a40"><rect width="${width}" height="${height}" fill="#ffffff" />${parts.join('')}</svg>`;
}

export const chartSize = { width, height };

/** The key above the bars, wrapped onto as many rows as it needs. */
function legendLayout(chart: Chart) {
  const positions: { x: number; y: number }[] = [];
  let x = 44;
  let row = 0;
  for (const series of chart.series) {
    const itemWidth = 24 + series.name.length * 6.2;
    if (x + itemWidth > width && x > 44) {
      x = 44;
      row++;
    }
    positions.push({ x, y: 8 + row * 16 });
    x += itemWidth;
  }
  return { positions, rows: row + 1 };
}

function niceTicks(max: number): number[] {
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough)!;
  const stepWhole = Math.max(1, step);
  const ticks: number[] = [];
  for (let tick = 0; tick < max + stepWhole; tick += stepWhole) ticks.push(tick);
  return ticks;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
