// Engagement depth: dated assessments (depth, roles, benefits, reasons) and the suggestion
// the app makes from the record. The employer row keeps the latest depth for the list.
import { suggestDepth } from '../../../shared/assessments/suggest';
import { write, read, type Handlers } from '../../kernel/context';
import { getEmployer } from '../employers/get';
import { depthFacts } from './facts';
import { createAssessment, listAssessments } from './assessment';

export type AssessmentsHandlers = Handlers<'assessments.create' | 'assessments.suggest' | 'assessments.forEmployer'>;

export const assessmentsHandlers: AssessmentsHandlers = {
  'assessments.create': write((input, ctx) => createAssessment(ctx, input)),
  'assessments.suggest': read(async ({ employerId }, ctx) => {
    await getEmployer(ctx.db, employerId);
    return suggestDepth(await depthFacts(ctx.db, employerId, ctx.now()));
  }),
  'assessments.forEmployer': read(({ employerId }, ctx) => listAssessments(ctx.db, employerId)),
};
