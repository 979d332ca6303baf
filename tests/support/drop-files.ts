import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

/** Drags files over the page and drops them, as a file manager or mail program does. */
export async function dropFiles(page: Page, files: string[]) {
  const list = files.map((file) => ({ name: path.basename(file), base64: fs.readFileSync(file).toString('base64') }));
  const dataTransfer = await page.evaluateHandle((dropped) => {
    const transfer = new DataTransfer();
    for (const { name, base64 } of dropped) {
      transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
    }
    return transfer;
  }, list);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.getByText('Drop emails or invitations to log them').waitFor();
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}
