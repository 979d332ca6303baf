// npm run icons: draws resources/icon.png (1024 × 1024) from resources/icon.svg with Chromium.
// electron-builder makes every platform's icon (.ico, .icns, Linux sizes) from that one picture.
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tests/support/browser-app';

const svg = fs.readFileSync('resources/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:1024px;height:1024px}</style>${svg}`,
  );
  await page.screenshot({ path: 'resources/icon.png', omitBackground: true });
  console.log('resources/icon.png');
} finally {
  await browser.close();
}
