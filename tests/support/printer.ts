// Chromium's print engine for the browser host, the tests and the benchmark: what Electron's
// webContents.printToPDF and capturePage do in the desktop app. A headless Chromium is started
// on the first print and kept until close().
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Printer } from '../../shared/documents/print';
import { chromiumArgs, findChromium } from './browser-app';

export function chromiumPrinter(): Printer & { close(): Promise<void> } {
  let browser: Promise<Browser> | null = null;
  const withPage = async <T>(work: (page: Page) => Promise<T>): Promise<T> => {
    browser ??= chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
    const page = await (await browser).newPage();
    // A document is self-contained: nothing may be fetched while it is printed.
    await page.route('**/*', (route) => route.abort('blockedbyclient'));
    try {
      return await work(page);
    } finally {
      await page.close();
    }
  };
  return {
    pdf: (html, layout) =>
      withPage(async (page) => {
        await page.setContent(html, { waitUntil: 'load' });
        const mm = (value: number) => `${value}mm`;
        return page.pdf({
          format: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: layout.headerTemplate,
          footerTemplate: layout.footerTemplate,
          margin: {
            top: mm(layout.marginsMm.top),
            bottom: mm(layout.marginsMm.bottom),
            left: mm(layout.marginsMm.left),
            right: mm(layout.marginsMm.right),
          },
        });
      }),
    png: (html, size) =>
      withPage(async (page) => {
        await page.setViewportSize(size);
        await page.setContent(html, { waitUntil: 'load' });
        return page.screenshot({ clip: { x: 0, y: 0, ...size } });
      }),
    close: async () => {
      if (browser) await (await browser).close();
    },
  };
}
