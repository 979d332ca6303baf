import { afterEach } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend';
import { makeDataDir } from './temp-backend';

/** A backend whose "now" the test moves, so date rules can be checked at their boundaries. */
export async function clockedBackend(today: string, dataDir = makeDataDir()) {
  let now = `${today}T12:00:00.000Z`;
  const backend: Backend = await openBackend({ dataDir, now: () => now });
  return {
    backend,
    dataDir,
    setToday(date: string) {
      now = `${date}T12:00:00.000Z`;
    },
  };
}

/** For a test file: `start(today)` opens a clocked backend that is closed after each test. */
export function clockedBackends() {
  let open: Backend[] = [];
  afterEach(async () => {
    await Promise.all(open.map((backend) => backend.close()));
    open = [];
  });
  return async (today: string) => {
    const clocked = await clockedBackend(today);
    open.push(clocked.backend);
    return clocked;
  };
}
