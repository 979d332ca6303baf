import { defineConfig } from '@playwright/test';

export default defineConfig({
  workers: 2,
  fullyParallel: true,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  use: { actionTimeout: 10_000, screenshot: 'only-on-failure' },
  // Playwright empties outputDir on start; keep it apart from the unit results beside it.
  outputDir: 'test-results/e2e-artifacts',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  retries: 0,
  projects: [
    // The app in Chromium, on a real backend (tests/support/browser-app.ts).
    { name: 'browser host', testDir: 'tests/e2e' },
    // The built desktop shell started in Node, with a stand-in for Electron (runs everywhere).
    { name: 'desktop start', testDir: 'tests/desktop-stand-in' },
    // The real Electron shell; skipped, with the reason, where Electron is not installed.
    { name: 'desktop shell', testDir: 'tests/electron' },
  ],
});
