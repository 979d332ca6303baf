// The funder report's headline figures and outcomes, each with what it is out of, its
// definition, and where they apply the people not yet due, the evidence and the programme target.
import type { Targets } from '../../../shared/programmes/targets';
import { figureDefinitions } from '../../../shared/reports/definitions';
import type { DepthDistribution, FunderReport, ReportFigure } from '../../../shared/reports/schema';
import type { Evidenced } from '../funnel/counts';

type Counted = Pick<FunderReport, 'employers' | 'funnel' | 'contactsByMonth'> & {
  depthAtStart: DepthDistribution;
  depthAtEnd: DepthDistribution;
  evidenced: Evidenced;
  targets: Targets;
};

export function reportFigures(counted: Counted): ReportFigure[] {
  const { employers, funnel, evidenced, targets } = counted;
  const figure = (label: string, count: number, more: Partial<ReportFigure> = {}): ReportFigure => ({
    label,
    count,
    of: null,
    ofLabel: null,
    definition: figureDefinitions[label]!,
    notYetDue: null,
    evidenced: null,
    target: null,
    ...more,
  });
  const target = (key: keyof Targets) => targets[key] ?? null;
  const check = (weeks: 13 | 26) =>
    figure(`Still in work at ${weeks} weeks`, funnel[`sustained${weeks}`], {
      of: funnel[`startedWeeksAgo${weeks}`],
      ofLabel: `who started ${weeks} or more weeks before`,
      notYetDue: funnel.started - funnel[`startedWeeksAgo${weeks}`],
      evidenced: evidenced[`sustained${weeks}`],
      target: target(`sustained${weeks}`),
    });
  return [
    figure('Employers engaged', employers.engaged, { target: target('employersEngaged') }),
    figure('New this period', employers.new, { of: employers.engaged, ofLabel: 'engaged' }),
    figure('Continuing', employers.continuing, { of: employers.engaged, ofLabel: 'engaged' }),
    figure(
      'Contacts in the period',
      counted.contactsByMonth.reduce((sum, row) => sum + row.count, 0),
    ),
    figure('Relational at the start', counted.depthAtStart.relational.count, {
      of: counted.depthAtStart.relational.of,
      ofLabel: 'assessed',
    }),
    figure('Relational at the end', counted.depthAtEnd.relational.count, {
      of: counted.depthAtEnd.relational.of,
      ofLabel: 'assessed',
      target: target('employersRelational'),
    }),
    figure('Referred', funnel.referred, { target: target('referred') }),
    figure('Interviewed', funnel.interviewed, {
      of: funnel.referred,
      ofLabel: 'referred',
      target: target('interviewed'),
    }),
    figure('Started a job', funnel.started, {
      of: funnel.referred,
      ofLabel: 'referred',
      evidenced: evidenced.started,
      target: target('started'),
    }),
    check(13),
    check(26),
    figure('Progressed in work', funnel.progressed, {
      of: funnel.started,
      ofLabel: 'who started',
      target: target('progressed'),
    }),
  ];
}
