// How far a long task got, and stopping it.
import { query, type Handlers } from '../context';

export type JobsHandlers = Handlers<'jobs.progress' | 'jobs.cancel'>;

export const jobsHandlers: JobsHandlers = {
  'jobs.progress': query(async ({ jobId }, ctx) => ctx.jobs.progress(jobId)),
  'jobs.cancel': query(async ({ jobId }, ctx) => ({ cancelled: ctx.jobs.cancel(jobId) })),
};
