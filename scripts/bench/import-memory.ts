// Run in a process of its own (imports.ts starts it), so its peak memory is the check's alone:
// a 50 MB CSV of employers checked through the backend's thread, as the import window does.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend } from '../../electron/backend';
import { call } from '../../tests/support/call';

const header = 'Name,Address,Town,Postcode,Sector,Phone,Email,Notes';
const lines = [header];
let bytes = header.length;
for (let n = 0; bytes < 50 * 1024 * 1024; n++) {
  const line = `Employer number ${n} Ltd,${n} High Street,Leeds,LS1 4AB,Retail,0113 496 ${String(n % 10000).padStart(4, '0')},info${n}@example.org,Met them at the jobs fair in the spring`;
  lines.push(line);
  bytes += line.length + 2;
}
const contentBase64 = Buffer.from(lines.join('\r\n')).toString('base64');
lines.length = 0;
const before = process.memoryUsage().rss;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgework-bench-memory-'));
const backend = await openBackend({ dataDir });
try {
  const preview = await call(backend, 'imports.preview', {
    target: 'employers',
    file: { name: 'employers.csv', contentBase64 },
  });
  const peak = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(
    JSON.stringify({
      megabytes: Math.round(bytes / 1024 / 1024),
      rows: preview.totalRows,
      addedMegabytes: Math.round((peak - before) / 1024 / 1024),
    }),
  );
} finally {
  await backend.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
