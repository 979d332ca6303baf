// The real desktop shell (electron/main.ts and preload.ts) under Playwright's Electron driver.
// Where Electron's binary is not installed (this repository's own machines install with
// ELECTRON_SKIP_BINARY_DOWNLOAD=1) every test here reports itself skipped with the reason;
// GitHub's runners download Electron and run them (.github/workflows/ci.yml).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron, test as base, type ElectronApplication, type Page } from '@playwright/test';

function findElectron(): string | null {
  // The package's own note of where its binary is: requiring the package would try to download it.
  try {
    const dir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const binary = path.join(dir, 'dist', fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim());
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

export const electronBinary = findElectron();
export const noElectron =
  'Electron’s binary is not installed here (npm ci ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1), so the desktop shell cannot start. The CI workflow on GitHub runs these tests.';

/** The app as `npm start` runs it: the built main, preload and renderer, and the driver built for Electron. */
export function launchArgs(...extra: string[]): string[] {
  // GitHub's Linux runners do not allow Chromium's own sandbox for the app's processes.
  return [...(process.platform === 'linux' && process.env.CI ? ['--no-sandbox'] : []), '.', ...extra];
}

export function shellEnv(userDataDir: string): Record<string, string> {
  return { ...(process.env as Record<string, string>), BRIDGEWORK_USER_DATA_DIR: userDataDir };
}

function ensureBuilt() {
  if (!fs.existsSync('out/main/index.js')) throw new Error('Build the app first: npm run build');
  if (!fs.existsSync('.electron-native/better_sqlite3.node')) {
    execFileSync(process.execPath, ['scripts/build-electron-native.mjs'], { stdio: 'inherit' });
  }
}

type Fixtures = { userDataDir: string; app: ElectronApplication; window: Page };

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  userDataDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgework-electron-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  app: async ({ userDataDir }, use) => {
    ensureBuilt();
    const app = await _electron.launch({
      executablePath: electronBinary!,
      args: launchArgs(),
      env: shellEnv(userDataDir),
    });
    await use(app);
    await app.close();
  },
  window: async ({ app }, use) => {
    const window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    await use(window);
  },
});

export { expect } from '@playwright/test';
