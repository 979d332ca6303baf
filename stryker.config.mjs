// npm run mutation: mutation testing with StrykerJS, one folder at a time and incrementally (the
// results are kept in reports/mutation/, so a second run only tries what changed). Not in CI.
// StrykerJS 10 needs Node 22 (the project moves to it in issue 10); on Node 20 it says so and stops.
//   npm run mutation                                   the kernel
//   npm run mutation -- --mutate "electron/services/imports/**/*.ts"
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts' },
  mutate: ['electron/kernel/**/*.ts'],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/report.json' },
  concurrency: 2,
  timeoutMS: 60_000,
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
};
