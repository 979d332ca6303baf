import { openBackend } from '../electron/backend';
let t = performance.now();
const backend = await openBackend({ dataDir: 'bench/data/large' });
console.log('open+migrate', (performance.now() - t).toFixed(0), 'ms');
for (let i = 0; i < 3; i++) {
  t = performance.now();
  const r = await backend.invoke('reports.funder', { from: '2025-11-01', to: '2026-10-31' });
  console.log('report', (performance.now() - t).toFixed(0), 'ms', r.ok ? JSON.stringify(r.value.employers) + ' ' + JSON.stringify(r.value.funnel) : r.error.message);
}
await backend.close();
