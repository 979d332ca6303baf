// The browser host (DESIGN.md §3): the built renderer in Chromium, served on a private origin
// through page routing, with `invoke` bridged to a real backend on a real SQLite file.
// No network port is opened. Used by the end-to-end tests, screenshots and start:browser.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openBackendOrExplain, type Backend } from '../../electron/backend';
import type { PathRequest } from '../../shared/backups/schema';
import { ChosenFiles } from '../../electron/chosen-files';
import { chromiumPrinter } from './printer';

const root = path.resolve(import.meta.dirname, '../..');
const rendererDir = path.join(root, 'out/renderer');
const backendScript = path.join(root, 'out/main/backend.js');
export const appOrigin = 'https://bridgework.invalid';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Dates in inputs follow the browser's language, as they follow the system's in Electron.
  '--lang=en-GB',
];

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export type BrowserApp = {
  page: Page;
  backend: Backend;
  browser: Browser;
  /** Files the app asked the system to open, in order (Electron hands them to the system viewer). */
  openedFiles: string[];
  /** Files the app asked the system to show in their folder, in order. */
  shownInFolder: string[];
  /** What the file chooser answers next, one per question (null: the person cancelled). */
  nextChosenPaths: (string | null)[];
  /** The page names files only by these tokens, as in the desktop app (a file opened from the file manager). */
  chosenFiles: ChosenFiles;
  close: () => Promise<void>;
};

export type LaunchOptions = {
  dataDir: string;
  headless?: boolean;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** What opening a file does; by default it is only noted in `openedFiles`. */
  openFile?: (file: string) => Promise<void>;
  /** What showing a file in its folder does; by default it is only noted in `shownInFolder`. */
  showInFolder?: (file: string) => Promise<void>;
  /** Take a backup on the first start of each day, as the desktop app does. */
  dailyBackups?: boolean;
  /** Where exports go; by default a folder in the data folder. */
  exportsDir?: string;
  /** The system's file chooser; by default it answers from `nextChosenPaths`. */
  choosePath?: (request: PathRequest) => Promise<string | null>;
  /** Makes every PDF take this much longer, so a test can watch an export's progress and cancel it. */
  slowPrintingMs?: number;
};

export async function launchBrowserApp({
  dataDir,
  headless = true,
  viewport = { width: 1280, height: 800 },
  colorScheme = 'light',
  openFile,
  showInFolder,
  slowPrintingMs = 0,
  dailyBackups = false,
  exportsDir,
  choosePath,
}: LaunchOptions): Promise<BrowserApp> {
  if (!fs.existsSync(path.join(rendererDir, 'index.html')) || !fs.existsSync(backendScript)) {
    throw new Error('The app has not been built yet. Run "npm run build" first.');
  }
  const openedFiles: string[] = [];
  const shownInFolder: string[] = [];
  const nextChosenPaths: (string | null)[] = [];
  const chosenFiles = new ChosenFiles();
  const printer = chromiumPrinter();
  // Chromium starts, and its page is made, while the record opens.
  const launching = chromium.launch({
    executablePath: findChromium(),
    headless,
    args: chromiumArgs,
    env: { ...process.env, LANG: 'en_GB.UTF-8', LANGUAGE: 'en_GB' },
  });
  const opening = openBackendOrExplain({
    dataDir,
    threadScript: backendScript,
    appVersion: packageVersion(),
    dailyBackups,
    exportsDir,
    checkIntegrity: true,
    integrityCheckAfterMs: 2000,
    choosePath: choosePath ?? (async () => nextChosenPaths.shift() ?? null),
    openFile: async (file) => {
      openedFiles.push(file);
      await openFile?.(file);
    },
    showInFolder: async (file) => {
      shownInFolder.push(file);
      await showInFolder?.(file);
    },
    printer: {
      ...printer,
      pdf: async (html, layout) => {
        await new Promise((resolve) => setTimeout(resolve, slowPrintingMs));
        return printer.pdf(html, layout);
      },
    },
  });
  const browser = await launching.catch(async (error: unknown) => {
    await (await opening).close();
    throw error;
  });
  const context = await browser.newContext({ viewport, locale: 'en-GB', timezoneId: 'Europe/London', colorScheme });
  await context.exposeBinding('__bridgeworkInvoke', async (_source, procedure: string, input: unknown) => {
    const checked = chosenFiles.fromPage(procedure, input);
    return checked.ok ? (await opening).invoke(procedure as never, checked.input as never) : checked;
  });
  await context.addInitScript(() => {
    const bridge = (window as unknown as { __bridgeworkInvoke: (p: string, i: unknown) => Promise<unknown> })
      .__bridgeworkInvoke;
    Object.defineProperty(window, 'bridgework', { value: { invoke: bridge }, writable: false });
  });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== appOrigin) return route.abort('blockedbyclient');
    const file = path.normalize(path.join(rendererDir, url.pathname === '/' ? 'index.html' : url.pathname));
    if (!file.startsWith(rendererDir) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: 'Not found' });
    return route.fulfill({
      status: 200,
      body: fs.readFileSync(file),
      headers: { 'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream' },
    });
  });
  const page = await context.newPage();
  // The app loads once the record is open, so its first answers come before a test's own calls.
  const backend = await opening;
  await page.goto(`${appOrigin}/index.html`);
  // Ready when its first page shows, as a person waits for the window: a test's own calls then
  // come after the app's first answers, not in the middle of its first moves.
  await page.locator('h1').first().waitFor();
  return {
    page,
    backend,
    browser,
    openedFiles,
    shownInFolder,
    nextChosenPaths,
    chosenFiles,
    close: async () => {
      await browser.close();
      await printer.close();
      await backend.close();
    },
  };
}

export function findChromium(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    playwrightsOwnChromium(),
  ];
  const found = candidates.find((candidate) => candidate && fs.existsSync(candidate));
  if (found) return found;
  throw new Error(
    'Bridgework needs Chromium to run in a browser, and none was found.\n' +
      '  On Debian or Ubuntu: sudo apt-get install chromium\n' +
      '  Or set CHROMIUM_PATH to the full path of a Chromium or Google Chrome program.',
  );
}

function playwrightsOwnChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
}
