export const round = (value: number) => Math.round(value * 1000) / 1000;

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Runs `run` after a warm-up and returns each run's time in milliseconds. */
export async function time(run: () => Promise<unknown> | unknown, iterations: number, warmUp = 20): Promise<number[]> {
  for (let i = 0; i < warmUp; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times;
}

export const summary = (times: number[]) => ({
  p50Ms: round(percentile(times, 50)),
  p95Ms: round(percentile(times, 95)),
});

/** Ours next to the same rows fetched with hand-written SQL in raw better-sqlite3. */
export function comparison(ours: number[], raw: number[]) {
  return {
    ...summary(ours),
    rawP50Ms: round(percentile(raw, 50)),
    rawP95Ms: round(percentile(raw, 95)),
    ratioP95: round(percentile(ours, 95) / percentile(raw, 95)),
  };
}

export type Comparison = ReturnType<typeof comparison>;

/**
 * Times two ways of doing the same thing, alternating run by run, so that a busy moment on the
 * machine falls on both alike. Returns each one's times in milliseconds.
 */
export async function timeSideBySide(
  ours: () => Promise<unknown>,
  raw: () => unknown,
  iterations: number,
  warmUp = 200,
): Promise<{ ours: number[]; raw: number[] }> {
  for (let i = 0; i < warmUp; i++) {
    await ours();
    raw();
  }
  const times = { ours: [] as number[], raw: [] as number[] };
  for (let i = 0; i < iterations; i++) {
    let started = performance.now();
    await ours();
    times.ours.push(performance.now() - started);
    started = performance.now();
    raw();
    times.raw.push(performance.now() - started);
  }
  return times;
}
