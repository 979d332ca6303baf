// How every PDF is laid out on the page, for whichever Chromium prints it (Electron or the
// browser host): A4, margins in millimetres, and a footer with the page number. Without a
// header template Chromium prints the date and address at the top.
import { escapeXml } from './chartSvg';

export type PdfLayout = {
  headerTemplate: string;
  footerTemplate: string;
  marginsMm: { top: number; bottom: number; left: number; right: number };
};

export type Printer = {
  /** Prints a self-contained HTML page to an A4 PDF. */
  pdf(html: string, layout: PdfLayout): Promise<Buffer>;
  /** Draws a self-contained HTML page as a PNG of the given size in pixels. */
  png(html: string, size: { width: number; height: number }): Promise<Buffer>;
};

export function pdfLayout(footer: string): PdfLayout {
  return {
    headerTemplate: '<span></span>',
    footerTemplate: `<div style="width:100%;font:8px Helvetica,Arial,sans-serif;color:#6b7177;padding:0 18mm;display:flex;justify-content:space-between"><span>${escapeXml(footer)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
    marginsMm: { top: 18, bottom: 18, left: 18, right: 18 },
  };
}
