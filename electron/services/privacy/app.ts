// UK GDPR: erasing a person, a subject access request, the retention review, and the records
// left to check after an erasure.
import { effect, write, read, type Handlers } from '../../kernel/context';
import { eraseAndFindBackups, eraseFromBackups } from './backups';
import { changeAndForget } from './forget';
import { keepPerson, retentionReview } from './retention';
import { exportSubjectAccess } from './subjectAccess';
import { openFlags, resolveFlag } from './flags';

export type PrivacyHandlers = Handlers<
  | 'privacy.erasePerson'
  | 'privacy.eraseFromBackups'
  | 'privacy.subjectAccess'
  | 'privacy.retentionReview'
  | 'privacy.keepPerson'
  | 'privacy.reviewFlags'
  | 'privacy.resolveFlag'
>;

export const privacyHandlers: PrivacyHandlers = {
  'privacy.erasePerson': effect(({ id }, ctx) => eraseAndFindBackups(ctx, id)),
  'privacy.eraseFromBackups': effect(({ id, backups, jobId }, ctx) =>
    ctx.work.jobs.run(jobId, 1, (job) => eraseFromBackups(ctx, id, backups, job)),
  ),
  'privacy.subjectAccess': effect(({ id, format, jobId }, ctx) => exportSubjectAccess(ctx, id, format, jobId)),
  'privacy.retentionReview': read(({ years }, ctx) => retentionReview(ctx.db, years, ctx.now().slice(0, 10))),
  'privacy.keepPerson': write(({ id, reason }, ctx) => keepPerson(ctx, id, reason)),
  'privacy.reviewFlags': read((_input, ctx) => openFlags(ctx)),
  'privacy.resolveFlag': effect(({ id }, ctx) => changeAndForget(ctx, (tx) => resolveFlag(tx, id))),
};
