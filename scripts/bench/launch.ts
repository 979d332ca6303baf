// How soon the app is usable: from launching the browser host (backend opened, Chromium started,
// renderer loaded) to the Today view showing its lists; and how much the renderer loads first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { launchBrowserApp } from '../../tests/support/browser-app';
import { writeDemoDatabase } from '../demo-database';
import { percentile, round } from './stats';

async function launchToToday(dataDir: string, runs: number) {
  const times: number[] = [];
  for (let run = 0; run < runs + 1; run++) {
    const started = performance.now();
    const app = await launchBrowserApp({ dataDir });
    try {
      await app.page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
      await app.page.locator('main section').first().waitFor();
      if (run > 0) times.push(performance.now() - started);
    } finally {
      await app.close();
    }
  }
  return { p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)), runs };
}

export async function measureLaunch(largeDataDir: string, runs = 5) {
  const smallDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgework-bench-small-'));
  try {
    await writeDemoDatabase(smallDataDir, 'small');
    return {
      small: await launchToToday(smallDataDir, runs),
      large: await launchToToday(largeDataDir, runs),
    };
  } finally {
    fs.rmSync(smallDataDir, { recursive: true, force: true });
  }
}

/** The scripts index.html loads before anything shows (the pages loaded later are not counted). */
export function measureMainBundle(rendererDir = path.resolve('out/renderer')) {
  const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map(
    (match) => match[1]!,
  );
  const files = entries.map((file) => {
    const bytes = fs.readFileSync(path.join(rendererDir, file));
    return { file, bytes: bytes.length, gzipBytes: zlib.gzipSync(bytes, { level: 9 }).length };
  });
  return {
    files,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
  };
}
