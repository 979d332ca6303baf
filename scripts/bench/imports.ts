// Importing a 100,000-row CSV through the wizard's two calls (check, then import), into a new record.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend } from '../../electron/backend';
import { call } from '../../tests/support/call';
import { round } from './stats';

const kinds = ['Call', 'Email', 'Meeting', 'Site visit', 'Event or job fair'];
const areas = ['Salford', 'Trafford', 'Bolton', 'Wigan', 'Oldham'];

/** `rows` lines of employers, of employers with a contact each, and of contacts with those employers. */
export function importFiles(rows: number) {
  const list = ['Company,Sector,Area,Post code,Website'];
  const employers = ['Company,Sector,Area,Post code,Contact,Job title,Email'];
  const contacts = ['Employer,Date,Type,Summary,Who,Notes'];
  for (let n = 0; n < rows; n++) {
    list.push(`Employer ${n} Ltd,Retail,${areas[n % 5]},M${(n % 9) + 1} 1AE,www.employer${n}.example.org`);
    employers.push(
      `Employer ${n} Ltd,Retail,${areas[n % 5]},M${(n % 9) + 1} 1AE,Person ${n},Manager,p${n}@example.org`,
    );
    const day = String((n % 28) + 1).padStart(2, '0');
    contacts.push(
      `Employer ${n % 2000} Ltd,${day}/0${(n % 9) + 1}/2025,${kinds[n % 5]},"Talked about trials, shifts",Person ${n % 5000},"Notes for contact ${n}"`,
    );
  }
  const csv = (lines: string[]) => `${lines.join('\r\n')}\r\n`;
  return { list: csv(list), employers: csv(employers), contacts: csv(contacts) };
}

export async function measureImports(rows = 100_000) {
  const files = importFiles(rows);
  const results = [];
  for (const [target, text, what] of [
    ['employers', files.list, 'employers'],
    ['employers', files.employers, 'employers with a contact each'],
    ['interactions', files.contacts, 'contacts with 2,000 employers'],
  ] as const) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgework-bench-import-'));
    const backend = await openBackend({ dataDir });
    try {
      const file = { name: `${target}.csv`, contentBase64: Buffer.from(text).toString('base64') };
      const started = performance.now();
      const preview = await call(backend, 'imports.preview', { target, file });
      const checked = performance.now();
      const summary = await call(backend, 'imports.commit', {
        importId: preview.importId,
        target,
        mapping: preview.mapping,
      });
      const ms = performance.now() - started;
      results.push({
        case: `${rows.toLocaleString('en-GB')} ${what}`,
        checkMs: round(checked - started),
        importMs: round(ms - (checked - started)),
        totalMs: round(ms),
        rowsPerSecond: Math.round(rows / (ms / 1000)),
        created: summary.created,
        megabytes: round(text.length / 2 ** 20),
      });
    } finally {
      await backend.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return results;
}

/**
 * Checking a 50 MB CSV, in a process of its own whose heap is capped at `heapMb` (so a check
 * that needed more would fail): how much memory the process took on top of the file itself.
 */
export function measureImportMemory(heapMb = 450): {
  megabytes: number;
  rows: number;
  addedMegabytes: number;
  heapMb: number;
} {
  const output = execFileSync(
    process.execPath,
    [`--max-old-space-size=${heapMb}`, '--import', 'tsx', path.join(import.meta.dirname, 'import-memory.ts')],
    { encoding: 'utf8', maxBuffer: 1024 * 1024 },
  );
  return { ...(JSON.parse(output) as { megabytes: number; rows: number; addedMegabytes: number }), heapMb };
}
