import { useEffect, useRef } from 'react';
import type { JobProgress } from '../../../shared/jobs/schema';
import { jobsQueries } from './queries';

/** Asks how far a task has got, a few times a second, while it runs. */
export function useFollowProgress(jobId: string | null, onProgress: (progress: JobProgress | null) => void) {
  const latest = useRef(onProgress);
  latest.current = onProgress;
  useEffect(() => {
    if (!jobId) return;
    const timer = window.setInterval(() => {
      void jobsQueries.ask('jobs.progress', { jobId }).then((progress) => latest.current(progress));
    }, 200);
    return () => window.clearInterval(timer);
  }, [jobId]);
}
