// npm run mutation: mutation testing with StrykerJS, one folder at a time and incrementally (the
// results are kept in reports/mutation/, so a second run only tries what changed). Not in CI.
// StrykerJS 10 needs Node 22. MUTATION_TESTS names the tests that exercise the folder (all by default):
//   MUTATION_TESTS=tests/unit/services/changes.test.ts,tests/unit/services/undo.property.test.ts npm run mutation
//   MUTATION_TESTS=tests/unit/services/imports*.test.ts npm run mutation -- --mutate "electron/services/imports/**/*.ts"
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: ['electron/kernel/**/*.ts'],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/report.json' },
  concurrency: 2,
  timeoutMS: 60_000,
  dryRunTimeoutMinutes: 30,
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
};
