// The funder report as a document: headline figures, the charts and tables of the Reports page,
// then any case studies chosen to go with it.
import { formatDate } from '../../../shared/dates';
import type { Block, DocumentModel, Share } from '../../../shared/documents/model';
import type { FunderReport } from '../../../shared/reports/schema';
import { figureDefinitions } from '../../../shared/reports/definitions';
import { shareText } from '../../../shared/reports/share';
import { outcomesNote, reportCharts, reportTables } from '../../../shared/reports/tables';
import type { Brand } from '../../../shared/documents/model';
import type { VocabularyLabel } from '../../../shared/vocabulary';

export function reportTitle(report: FunderReport): string {
  return `Employer engagement, ${formatDate(report.period.from)} to ${formatDate(report.period.to)}`;
}

export function reportDocument(
  report: FunderReport,
  appended: DocumentModel[],
  context: { brand: Brand; label: VocabularyLabel; now: string },
): DocumentModel {
  const tables = reportTables(report, context.label);
  const charts = reportCharts(report, context.label);
  const { depthAtStart, depthAtEnd } = report;
  const table = (name: keyof typeof tables): Block => ({ kind: 'table', table: tables[name] });
  const blocks: Block[] = [
    {
      kind: 'figures',
      items: report.figures.map((item) =>
        figure(item.label, item.of === null ? item.count : { count: item.count, of: item.of }),
      ),
    },
    ...(tables.targets.rows.length
      ? [{ kind: 'heading', text: 'Progress to targets' } as Block, table('targets')]
      : []),
    { kind: 'heading', text: 'Depth of engagement' },
    {
      kind: 'paragraph',
      text: `At the start of the period ${shareText(depthAtStart.relational.count, depthAtStart.relational.of, 'assessed employers')} were relational (depth 4 or 5); at the end, ${shareText(depthAtEnd.relational.count, depthAtEnd.relational.of)}. The research on employer engagement measured 31% in the UK and 60% in Denmark.`,
    },
    { kind: 'chart', chart: charts.depth },
    table('depth'),
    { kind: 'heading', text: 'Contact with employers' },
    ...(report.contactsByMonth.length ? [{ kind: 'chart', chart: charts.contacts } as Block] : []),
    table('contacts'),
    { kind: 'heading', text: 'How the relationships work' },
    table('roles'),
    table('approaches'),
    table('promises'),
    { kind: 'heading', text: 'Opportunities and outcomes' },
    {
      kind: 'paragraph',
      text: `People referred in the period, and how far they got. ${outcomesNote(report)} Job checks count only those who had started long enough before; the rest are not yet due.`,
    },
    table('opportunities'),
    table('funnel'),
    { kind: 'heading', text: 'Who the employers are' },
    table('bySector'),
    table('bySize'),
    table('byLocality'),
    { kind: 'heading', text: 'How these figures are counted' },
    {
      kind: 'list',
      items: Object.entries(figureDefinitions).map(([figure, definition]) => `${figure}: ${definition}`),
    },
  ];
  for (const study of appended) {
    blocks.push(
      { kind: 'pageBreak' },
      { kind: 'heading', text: `Case study: ${study.title}` },
      { kind: 'paragraph', text: study.subtitle },
      ...study.blocks.map((block): Block => (block.kind === 'heading' ? { ...block, minor: true } : block)),
    );
  }
  const scope = report.scope.programmeName
    ? `Programme: ${report.scope.programmeName}`
    : report.scope.funder
      ? `Programmes funded by ${report.scope.funder}`
      : 'All programmes';
  return {
    title: reportTitle(report),
    subtitle: `Report for funders · ${scope} · ${outcomesNote(report)}`,
    producedOn: context.now,
    brand: context.brand,
    blocks,
  };
}

/** A headline figure: as words for a page, as a number or share for a spreadsheet. */
function figure(label: string, value: number | Share) {
  return {
    label,
    value: typeof value === 'number' ? value.toLocaleString('en-GB') : shareText(value.count, value.of),
    figure: value,
  };
}
