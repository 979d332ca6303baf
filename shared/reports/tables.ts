// The funder report's tables and charts, built once: the Reports page shows them, and the PDF,
// Word, Excel and CSV exports write them.
import { depthLabels } from '../assessments/depth';
import { chartColours, chartGrey } from '../documents/chartSvg';
import type { Chart, Table } from '../documents/model';
import type { VocabularyLabel } from '../vocabulary';
import { formatDate, formatMonth } from '../dates';
import type { Breakdown, FunderReport, ReportFigure } from './schema';

export type ReportTables = {
  depth: Table;
  contacts: Table;
  roles: Table;
  approaches: Table;
  promises: Table;
  opportunities: Table;
  funnel: Table;
  targets: Table;
  bySector: Table;
  bySize: Table;
  byLocality: Table;
};

const depths = [1, 2, 3, 4, 5] as const;

export function reportTables(report: FunderReport, label: VocabularyLabel): ReportTables {
  const engaged = report.employers.engaged;
  const { kinds, months, count } = contactGrid(report);
  const breakdown = (title: string, rows: Breakdown[], named: (code: string | null) => string): Table => ({
    title,
    columns: [
      { label: title.replace(/^By /, '').replace(/^\w/, (c) => c.toUpperCase()), kind: 'text' },
      { label: 'Employers', kind: 'share' },
      { label: 'Relational, of those assessed', kind: 'share' },
      { label: 'Job starts in the period', kind: 'number' },
    ],
    rows: rows.map((row) => [
      named(row.code) || 'Not recorded',
      { count: row.employers, of: engaged },
      { count: row.relational, of: row.assessed },
      row.starts,
    ]),
    total: [
      'Total',
      { count: sum(rows, (row) => row.employers), of: engaged },
      { count: sum(rows, (row) => row.relational), of: sum(rows, (row) => row.assessed) },
      sum(rows, (row) => row.starts),
    ],
    empty: 'No employers engaged.',
  });
  return {
    depth: {
      title: 'Employers at each depth',
      columns: [
        { label: 'Depth', kind: 'text' },
        { label: 'At the start', kind: 'number' },
        { label: 'At the end', kind: 'number' },
      ],
      rows: [
        ...depths.map((depth) => [
          `${depth}: ${depthLabels[depth]}`,
          report.depthAtStart.byDepth[depth],
          report.depthAtEnd.byDepth[depth],
        ]),
        ['Not assessed', report.depthAtStart.notAssessed, report.depthAtEnd.notAssessed],
      ],
      total: [
        'Total',
        sum(depths, (depth) => report.depthAtStart.byDepth[depth]) + report.depthAtStart.notAssessed,
        sum(depths, (depth) => report.depthAtEnd.byDepth[depth]) + report.depthAtEnd.notAssessed,
      ],
      empty: '',
    },
    contacts: {
      title: 'Contact by month',
      columns: [
        { label: 'Month', kind: 'month' },
        ...kinds.map((kind) => ({ label: label('interaction_kind', kind), kind: 'number' as const })),
        { label: 'Total', kind: 'number' },
      ],
      rows: months.map((month) => [
        month,
        ...kinds.map((kind) => count(month, kind)),
        sum(kinds, (kind) => count(month, kind)),
      ]),
      total: [
        'Total',
        ...kinds.map((kind) => sum(months, (month) => count(month, kind))),
        sum(report.contactsByMonth, (row) => row.count),
      ],
      empty: 'No contact in this period.',
    },
    roles: {
      title: 'Engagement roles',
      columns: [
        { label: 'Role', kind: 'text' },
        { label: 'Employers engaged', kind: 'share' },
      ],
      rows: report.roles.map((row) => [label('engagement_role', row.role), { count: row.employers, of: engaged }]),
      // An employer may hold several roles at once, so the rows do not add up: the total is theirs.
      total: ['Employers engaged (one may hold several roles)', { count: engaged, of: engaged }],
      empty: 'No roles recorded.',
    },
    approaches: {
      title: 'How relationships started',
      columns: [
        { label: 'Approach', kind: 'text' },
        { label: 'Employers', kind: 'number' },
        { label: 'Relational now, of those assessed', kind: 'share' },
      ],
      rows: report.approaches.map((row) => [
        label('approach', row.approach) || 'Not recorded',
        row.employers,
        { count: row.relational, of: row.assessed },
      ]),
      total: [
        'Total',
        sum(report.approaches, (row) => row.employers),
        {
          count: sum(report.approaches, (row) => row.relational),
          of: sum(report.approaches, (row) => row.assessed),
        },
      ],
      empty: 'No employers engaged.',
    },
    promises: {
      title: 'Promises on both sides',
      columns: [
        { label: 'Who promised', kind: 'text' },
        { label: 'Made', kind: 'number' },
        { label: 'Kept, of those settled', kind: 'share' },
        { label: 'Released', kind: 'number' },
      ],
      rows: (['employer', 'us'] as const).map((party) => {
        const side = report.promises[party];
        return [
          party === 'us' ? 'We promised' : 'The employers promised',
          side.made,
          { count: side.kept, of: side.kept + side.broken },
          side.released,
        ];
      }),
      total: [
        'Both sides',
        report.promises.employer.made + report.promises.us.made,
        {
          count: report.promises.employer.kept + report.promises.us.kept,
          of:
            report.promises.employer.kept +
            report.promises.employer.broken +
            report.promises.us.kept +
            report.promises.us.broken,
        },
        report.promises.employer.released + report.promises.us.released,
      ],
      empty: '',
    },
    opportunities: {
      title: 'Opportunities offered',
      columns: [
        { label: 'Kind', kind: 'text' },
        { label: 'Opportunities', kind: 'number' },
        { label: 'Places', kind: 'number' },
      ],
      rows: report.opportunitiesByKind.map((row) => [
        label('opportunity_kind', row.kind),
        row.opportunities,
        row.places,
      ]),
      total: [
        'Total',
        sum(report.opportunitiesByKind, (row) => row.opportunities),
        sum(report.opportunitiesByKind, (row) => row.places),
      ],
      empty: 'No opportunities opened in this period.',
    },
    funnel: outcomesTable(report),
    targets: targetsTable(report),
    bySector: breakdown('By sector', report.bySector, (code) => label('sector', code)),
    bySize: breakdown('By size', report.bySize, (code) => label('size_band', code)),
    byLocality: breakdown('By area', report.byLocality, (code) => code ?? ''),
  };
}

/** The outcomes, from "Referred" on: each with its share, those not yet due and the evidence. */
const outcomeFigures = (report: FunderReport): ReportFigure[] =>
  report.figures.slice(report.figures.findIndex((figure) => figure.label === 'Referred'));

function outcomesTable(report: FunderReport): Table {
  return {
    title: 'Referrals and outcomes',
    columns: [
      { label: 'Outcome', kind: 'text' },
      { label: 'People', kind: 'number' },
      { label: 'Share', kind: 'share' },
      { label: 'Out of', kind: 'text' },
      { label: 'Not yet due', kind: 'number' },
      { label: 'Evidenced', kind: 'share' },
    ],
    rows: outcomeFigures(report).map((figure) => [
      figure.label,
      figure.count,
      figure.of === null ? null : { count: figure.count, of: figure.of },
      figure.ofLabel ?? '',
      figure.notYetDue,
      figure.evidenced === null ? null : { count: figure.evidenced, of: figure.count },
    ]),
    empty: '',
  };
}

/** Each programme target beside what was achieved; empty when the report is not for a programme with targets. */
function targetsTable(report: FunderReport): Table {
  return {
    title: 'Progress to targets',
    columns: [
      { label: 'Figure', kind: 'text' },
      { label: 'Target', kind: 'number' },
      { label: 'Achieved', kind: 'number' },
      { label: 'Progress', kind: 'share' },
    ],
    rows: report.figures.flatMap((figure) =>
      figure.target === null
        ? []
        : [[figure.label, figure.target, figure.count, { count: figure.count, of: figure.target }]],
    ),
    empty: 'Choose a programme with targets to see progress towards them.',
  };
}

/** The day outcomes are counted to, in words, for under the report's title and beside the outcomes. */
export function outcomesNote(report: FunderReport): string {
  return report.laterOutcomesIncluded
    ? `Outcomes include those reached after the period ended, up to ${formatDate(report.outcomesOn)}.`
    : `Outcomes as they stood on ${formatDate(report.outcomesOn)}${report.outcomesOn === report.period.to ? ', the last day of the period' : ''}.`;
}

export function reportCharts(report: FunderReport, label: VocabularyLabel): { depth: Chart; contacts: Chart } {
  const { kinds, months, count } = contactGrid(report);
  return {
    depth: {
      title: 'Employers by depth of engagement, at the start and end of the period',
      description: depths
        .map(
          (depth) =>
            `${depth} (${depthLabels[depth]}): ${report.depthAtStart.byDepth[depth]} at the start, ${report.depthAtEnd.byDepth[depth]} at the end`,
        )
        .join('; '),
      categories: depths.map((depth) => `${depth}`),
      series: [
        { name: 'At the start', colour: chartGrey, values: depths.map((depth) => report.depthAtStart.byDepth[depth]) },
        {
          name: 'At the end',
          colour: chartColours[0]!,
          values: depths.map((depth) => report.depthAtEnd.byDepth[depth]),
        },
      ],
      stacked: false,
    },
    contacts: {
      title: 'Contacts by month and kind',
      description: months
        .map((month) => `${formatMonth(month)}: ${kinds.reduce((sum, kind) => sum + count(month, kind), 0)}`)
        .join(', '),
      categories: months.map(formatMonth),
      series: chartSeries(kinds, months, count, (kind) => label('interaction_kind', kind)),
      stacked: true,
    },
  };
}

/** The biggest kinds in colours of their own, the rest together as "Other" in grey. */
function chartSeries(
  kinds: string[],
  months: string[],
  count: (month: string, kind: string) => number,
  name: (kind: string) => string,
): Chart['series'] {
  const total = (kind: string) => sum(months, (month) => count(month, kind));
  const biggest = [...kinds].filter((kind) => kind !== 'other').sort((a, b) => total(b) - total(a));
  const own =
    biggest.length + (kinds.includes('other') ? 1 : 0) > chartColours.length
      ? biggest.slice(0, chartColours.length - 1)
      : biggest;
  const rest = kinds.filter((kind) => !own.includes(kind));
  return [
    ...own.map((kind, index) => ({
      name: name(kind),
      colour: chartColours[index]!,
      values: months.map((month) => count(month, kind)),
    })),
    ...(rest.length
      ? [{ name: 'Other', colour: chartGrey, values: months.map((month) => sum(rest, (kind) => count(month, kind))) }]
      : []),
  ];
}

function contactGrid(report: FunderReport) {
  const kinds = [...new Set(report.contactsByMonth.map((row) => row.kind))];
  const months = [...new Set(report.contactsByMonth.map((row) => row.month))].sort();
  const counts = new Map(report.contactsByMonth.map((row) => [`${row.month} ${row.kind}`, row.count]));
  return { kinds, months, count: (month: string, kind: string) => counts.get(`${month} ${kind}`) ?? 0 };
}

const sum = <T>(rows: readonly T[], value: (row: T) => number) => rows.reduce((total, row) => total + value(row), 0);
