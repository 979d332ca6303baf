// Long tasks (exports, imports) report how far they got and stop when asked.
// Kept in memory: a job lives only while its request is running.
import type { JobProgress } from '../../../shared/jobs/schema';
import { DomainError } from '../../../shared/result';

export type Job = {
  /** Moves to the next step; stops the task (nothing kept) if the user has cancelled. */
  step(stage: string): void;
  /** Says how far a long write has got, lets other calls (progress, cancel) in, then stops if cancelled. */
  checkpoint(stage: string, done: number, total: number): Promise<void>;
};

const cancelled = () => new DomainError('cancelled', 'Cancelled. Nothing was saved.');
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class JobRegistry {
  private readonly running = new Map<string, JobProgress & { cancelled: boolean }>();

  async run<T>(jobId: string | undefined, steps: number, task: (job: Job) => Promise<T>): Promise<T> {
    if (!jobId) return task({ step: () => {}, checkpoint: nextTurn });
    const state = { stage: 'Starting', done: 0, total: steps, cancelled: false };
    this.running.set(jobId, state);
    try {
      return await task({
        step: (stage) => {
          if (state.cancelled) throw cancelled();
          state.stage = stage;
          state.done = Math.min(state.total, state.done + 1);
        },
        checkpoint: async (stage, done, total) => {
          Object.assign(state, { stage, done, total });
          await nextTurn();
          if (state.cancelled) throw cancelled();
        },
      });
    } finally {
      this.running.delete(jobId);
    }
  }

  progress(jobId: string): JobProgress | null {
    const state = this.running.get(jobId);
    return state ? { stage: state.stage, done: state.done, total: state.total } : null;
  }

  cancel(jobId: string): boolean {
    const state = this.running.get(jobId);
    if (state) state.cancelled = true;
    return Boolean(state);
  }
}
