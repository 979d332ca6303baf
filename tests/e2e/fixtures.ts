// Every test gets its own data folder and its own app. Options break the folder first,
// so the error screens are tested as well as the happy paths.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { openBackendInThread } from '../../electron/backend-in-thread';
import { launchBrowserApp, type BrowserApp } from '../support/browser-app';
import { call } from '../support/call';
import type { DemoPlan, DemoSize } from '../../electron/services/demo/load';
import { writeDemoDatabase } from '../../scripts/demo-database';
import { injectFault, type Fault } from '../support/faults';

type Fixtures = {
  /** Whether the user has already been through the welcome a new record starts with. */
  welcomed: boolean;
  fault: Fault | null;
  demoData: DemoSize | DemoPlan | null;
  slowPrintingMs: number;
  dataDir: string;
  app: BrowserApp;
  page: Page;
};

export const test = base.extend<Fixtures>({
  welcomed: [true, { option: true }],
  fault: [null, { option: true }],
  demoData: [null, { option: true }],
  slowPrintingMs: [0, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgework-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  app: async ({ dataDir, fault, demoData, slowPrintingMs, welcomed }, use) => {
    if (demoData) await writeDemoDatabase(dataDir, demoData);
    else if (welcomed && !fault) await finishWelcome(dataDir);
    if (fault) await injectFault(dataDir, fault);
    const app = await launchBrowserApp({ dataDir, slowPrintingMs });
    await use(app);
    await app.close();
  },
  page: async ({ app }, use) => {
    await use(app.page);
  },
});

async function finishWelcome(dataDir: string) {
  const backend = await openBackendInThread({ dataDir });
  await call(backend, 'app.finishWelcome', { start: 'empty' });
  await backend.close();
}

export { expect };
export { call };

export const appUrl = 'https://bridgework.invalid/index.html';

/** How long loading or removing the sample data may take on a busy machine. */
export const sampleDataMs = 40_000;

/**
 * Opens the app afresh at `route`, as after restarting it: for a record changed behind the app's
 * back. (Changing only the address's `#` part would draw the new page from what was read before.)
 */
export async function reopenAt(page: Page, route: string) {
  await page.goto('about:blank');
  await page.goto(`${appUrl}#${route}`);
  await page.locator('h1').first().waitFor();
}

export async function openEmployer(page: Page, id: string) {
  await page.goto(`${appUrl}#/employers/${id}`);
  await expect(page.getByRole('tab', { name: 'Timeline' })).toBeVisible();
}

/** Fails on any serious or critical accessibility problem axe finds on the page as it is now. */
export async function expectAccessible(page: Page) {
  let serious: string[] = [];
  // Colours are only measurable once dialogs and messages have finished fading in or out. One
  // can start moving while axe looks (a message closing itself on a busy machine), so a problem
  // counts only if it is still there when axe looks again.
  for (let look = 0; look < 3; look++) {
    for (let settle = 0; settle < 2; settle++) {
      await page.waitForFunction(() =>
        document.getAnimations().every((animation) => animation.playState !== 'running'),
      );
      await page.waitForTimeout(150);
    }
    // A preview frame is sandboxed (no scripts run in it), so axe cannot look inside; the exported
    // documents it shows are checked on their own (documents.spec.ts).
    const results = await new AxeBuilder({ page }).exclude('iframe[sandbox]').analyze();
    serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)} ${n.failureSummary ?? ''}`)
            .slice(0, 3)
            .join(', ')})`,
      );
    if (serious.length === 0) break;
  }
  expect(serious).toEqual([]);
}
