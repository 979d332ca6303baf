// A case study rendered as the HTML the preview shows, and exported as a file.
import type { z } from 'zod';
import type { CaseStudy, CaseStudyPreview, exportCaseStudyInput } from '../../../shared/caseStudies/schema';
import { documentToHtml } from '../../../shared/documents/html';
import { DomainError } from '../../../shared/result';
import type { ServiceContext } from '../../kernel/context';
import { writeDocument, writingSteps } from '../documents/write';
import { readSettings } from '../settings/store';
import { vocabularyLabels } from '../vocabulary/codes';
import { getCaseStudy } from './get';
import { caseStudyDocument } from './document';

async function buildDocument(ctx: ServiceContext, study: CaseStudy) {
  return caseStudyDocument(ctx.db, study, {
    settings: await readSettings(ctx.db),
    label: await vocabularyLabels(ctx.db),
    now: ctx.now(),
  });
}

export async function renderCaseStudy(ctx: ServiceContext, id: string): Promise<CaseStudyPreview> {
  const study = await getCaseStudy(ctx.db, id);
  const { doc, flags, hits, blocker } = await buildDocument(ctx, study);
  return { html: documentToHtml(doc), anonymised: study.anonymise, flags, hits, blocker };
}

export async function exportCaseStudy(ctx: ServiceContext, input: z.output<typeof exportCaseStudyInput>) {
  return ctx.work.jobs.run(input.jobId, 1 + writingSteps, async (job) => {
    job.step('Gathering the facts');
    const study = await getCaseStudy(ctx.db, input.id);
    const { doc, blocker } = await buildDocument(ctx, study);
    if (blocker) throw new DomainError('invalid_input', blocker, 'consent');
    return writeDocument(ctx, doc, input.format, job);
  });
}
