// UK GDPR: erasing a person, a subject access request, the retention review, and the records
// left to check after an erasure.
import { DomainError } from '../../../shared/result';
import { effect, write, read, type Handlers } from '../../kernel/context';
import { erasePerson } from './erase';
import { keepPerson, retentionReview } from './retention';
import { exportSubjectAccess } from './subjectAccess';
import { openFlags } from './flags';

export type PrivacyHandlers = Handlers<
  | 'privacy.erasePerson'
  | 'privacy.subjectAccess'
  | 'privacy.retentionReview'
  | 'privacy.keepPerson'
  | 'privacy.reviewFlags'
  | 'privacy.resolveFlag'
>;

export const privacyHandlers: PrivacyHandlers = {
  'privacy.erasePerson': write(({ id }, ctx) => erasePerson(ctx, id), { undoable: false }),
  'privacy.subjectAccess': effect(({ id, format, jobId }, ctx) => exportSubjectAccess(ctx, id, format, jobId)),
  'privacy.retentionReview': read(({ years }, ctx) => retentionReview(ctx.db, years, ctx.now().slice(0, 10))),
  'privacy.keepPerson': write(({ id, reason }, ctx) => keepPerson(ctx, id, reason)),
  'privacy.reviewFlags': read((_input, ctx) => openFlags(ctx)),
  'privacy.resolveFlag': write(async ({ id }, ctx) => {
    const flag = await ctx.db.selectFrom('reviewFlag').selectAll().where('id', '=', id).executeTakeFirst();
    if (!flag) throw new DomainError('not_found', 'That item has already been reviewed.', 'id');
    await ctx.db.updateTable('reviewFlag').set({ resolvedAt: ctx.now() }).where('id', '=', id).execute();
    return { resolved: true };
  }),
};
