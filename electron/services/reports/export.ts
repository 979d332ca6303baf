// Reports for funders: figures for a period, cut by programme or funder, exported with any
// chosen case studies as PDF, Word, Excel or CSV.
import { brandOf } from '../../../shared/settings/schema';
import type { z } from 'zod';
import type { exportReportInput } from '../../../shared/reports/schema';
import { DomainError } from '../../../shared/result';
import { caseStudyDocument } from '../caseStudies/document';
import { getCaseStudy } from '../caseStudies/get';
import { type ServiceContext } from '../../kernel/context';
import { writeDocument, writingSteps } from '../documents/write';
import { readSettings } from '../settings/store';
import { vocabularyLabels } from '../vocabulary/codes';
import { reportDocument } from './document';
import { funderReport } from './funder';

export async function exportReport(ctx: ServiceContext, input: z.output<typeof exportReportInput>) {
  const { format, caseStudyIds, jobId, ...choice } = input;
  return ctx.work.jobs.run(jobId, 2 + caseStudyIds.length + writingSteps, async (job) => {
    job.step('Counting the figures');
    const report = await funderReport(ctx.db, choice, ctx.now());
    const settings = await readSettings(ctx.db);
    const label = await vocabularyLabels(ctx.db);
    const context = { settings, label, now: ctx.now() };
    const appended = [];
    for (const id of caseStudyIds) {
      const study = await getCaseStudy(ctx.db, id);
      job.step(`Adding “${study.title}”`);
      const { doc, blocker } = await caseStudyDocument(ctx.db, study, context);
      if (blocker) throw new DomainError('invalid_input', `“${study.title}”: ${blocker}`, 'caseStudyIds');
      appended.push(doc);
    }
    job.step('Laying out the report');
    const doc = reportDocument(report, appended, { brand: brandOf(settings), label, now: context.now });
    return writeDocument(ctx, doc, format, job);
  });
}
