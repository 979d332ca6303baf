// Case studies: drafted from the record for an employer and a period, then written up by the
// user. Every save keeps the text; an earlier wording is kept as a version every ten minutes.
// Rendered as the HTML the preview shows and exported as PDF, Word, HTML or Markdown.
import { mutation, query, type Handlers } from '../context';
import { exportCaseStudy, renderCaseStudy } from './export';
import { setArchived } from '../trash/archive';
import { getCaseStudy } from './get';
import { highlightChoices } from './highlights';
import { draftCaseStudy, inTrashToo, listCaseStudies, updateCaseStudy } from './caseStudy';

export type CaseStudiesHandlers = Handlers<
  | 'caseStudies.draft'
  | 'caseStudies.update'
  | 'caseStudies.get'
  | 'caseStudies.list'
  | 'caseStudies.highlightChoices'
  | 'caseStudies.render'
  | 'caseStudies.export'
  | 'caseStudies.archive'
  | 'caseStudies.restore'
>;

export const caseStudiesHandlers: CaseStudiesHandlers = {
  'caseStudies.draft': mutation((input, ctx) => draftCaseStudy(ctx, input)),
  'caseStudies.update': mutation((input, ctx) => updateCaseStudy(ctx, input)),
  'caseStudies.get': query(({ id }, ctx) => getCaseStudy(ctx.db, id)),
  'caseStudies.list': query((_input, ctx) => listCaseStudies(ctx.db)),
  'caseStudies.highlightChoices': query(({ id }, ctx) => highlightChoices(ctx, id)),
  'caseStudies.render': query(({ id }, ctx) => renderCaseStudy(ctx, id)),
  'caseStudies.export': query((input, ctx) => exportCaseStudy(ctx, input)),
  'caseStudies.archive': mutation(({ id }, ctx) => setArchived(ctx, 'caseStudy', inTrashToo, id, true)),
  'caseStudies.restore': mutation(({ id }, ctx) => setArchived(ctx, 'caseStudy', inTrashToo, id, false)),
};
