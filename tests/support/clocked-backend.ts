import { afterEach } from 'vitest';
import { openBackendInThread } from '../../electron/backend-in-thread';
import type { Backend, BackendOptions } from '../../electron/backend';
import { makeDataDir } from './temp-backend';

/** A backend whose "now" the test moves, so date rules can be checked at their boundaries. */
export async function clockedBackend(today: string, dataDir = makeDataDir(), options: Partial<BackendOptions> = {}) {
  let now = `${today}T12:00:00.000Z`;
  const backend: Backend = await openBackendInThread({ ...options, dataDir, now: () => now });
  return {
    backend,
    dataDir,
    setToday(date: string) {
      now = `${date}T12:00:00.000Z`;
    },
    /** Moves the clock within the day, to a time like 12:00:06. */
    setTime(time: string) {
      now = `${now.slice(0, 10)}T${time}.000Z`;
    },
  };
}

/** For a test file: `start(today)` opens a clocked backend that is closed after each test. */
export function clockedBackends(options: Partial<BackendOptions> = {}) {
  let open: Backend[] = [];
  afterEach(async () => {
    await Promise.all(open.map((backend) => backend.close()));
    open = [];
  });
  return async (today: string) => {
    const clocked = await clockedBackend(today, makeDataDir(), options);
    open.push(clocked.backend);
    return clocked;
  };
}
