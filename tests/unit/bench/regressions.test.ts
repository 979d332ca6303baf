// npm run bench prints every figure more than a quarter worse than before the run.
import { expect, it } from 'vitest';
import { regressions } from '../../../scripts/bench/regressions';

it('finds times that grew and rates that fell by more than a quarter, matching table rows by their case', () => {
  const before = {
    targets: { reportMs: 1000 },
    report: { p50Ms: 200, p95Ms: 270 },
    imports: [
      { case: '100,000 employers', totalMs: 5000, rowsPerSecond: 20000 },
      { case: '100,000 contacts', totalMs: 9000, rowsPerSecond: 11000 },
    ],
    machine: { cpus: 2 },
  };
  const after = {
    targets: { reportMs: 2000 },
    report: { p50Ms: 240, p95Ms: 1225 },
    imports: [
      { case: '100,000 contacts', totalMs: 9100, rowsPerSecond: 10900 },
      { case: '100,000 employers', totalMs: 7000, rowsPerSecond: 14000 },
    ],
    machine: { cpus: 4 },
  };
  expect(regressions(before, after)).toEqual([
    { figure: 'report.p95Ms', before: 270, after: 1225, worseBy: '354 %' },
    { figure: 'imports[100,000 employers].totalMs', before: 5000, after: 7000, worseBy: '40 %' },
    { figure: 'imports[100,000 employers].rowsPerSecond', before: 20000, after: 14000, worseBy: '43 %' },
  ]);
});
