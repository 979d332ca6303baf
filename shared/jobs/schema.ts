import { z } from 'zod';

export type JobProgress = { stage: string; done: number; total: number };

/** Chosen by the window, so it can ask how far a task got while waiting for it. */
export const jobId = z
  .string()
  .regex(/^[A-Za-z0-9-]{8,64}$/, { error: 'That task could not be found' })
  .optional();

export const jobInput = z.object({ jobId: z.string().min(1).max(64) });
