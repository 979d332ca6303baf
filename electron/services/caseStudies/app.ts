// Case studies: drafted from the record for an employer and a period, then written up by the
// user. Every save keeps the text; an earlier wording is kept as a version every ten minutes.
// Rendered as the HTML the preview shows and exported as PDF, Word, HTML or Markdown.
import { effect, write, read, type Handlers } from '../../kernel/context';
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
  'caseStudies.draft': write((input, ctx) => draftCaseStudy(ctx, input)),
  'caseStudies.update': write((input, ctx) => updateCaseStudy(ctx, input)),
  'caseStudies.get': read(({ id }, ctx) => getCaseStudy(ctx.db, id)),
  'caseStudies.list': read((_input, ctx) => listCaseStudies(ctx.db)),
  'caseStudies.highlightChoices': read(({ id }, ctx) => highlightChoices(ctx, id)),
  'caseStudies.render': read(({ id }, ctx) => renderCaseStudy(ctx, id)),
  'caseStudies.export': effect((input, ctx) => exportCaseStudy(ctx, input)),
  'caseStudies.archive': write(({ id }, ctx) => setArchived(ctx, 'caseStudy', inTrashToo, id, true)),
  'caseStudies.restore': write(({ id }, ctx) => setArchived(ctx, 'caseStudy', inTrashToo, id, false)),
};
