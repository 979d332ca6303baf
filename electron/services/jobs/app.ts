// How far a long task got, and stopping it.
import { effect, read, type Handlers } from '../../kernel/context';

export type JobsHandlers = Handlers<'jobs.progress' | 'jobs.cancel'>;

export const jobsHandlers: JobsHandlers = {
  'jobs.progress': read(async ({ jobId }, ctx) => ctx.work.jobs.progress(jobId)),
  'jobs.cancel': effect(async ({ jobId }, ctx) => ({ cancelled: ctx.work.jobs.cancel(jobId) })),
};
