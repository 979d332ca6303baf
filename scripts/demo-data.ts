// npm run demo-data -- --size small|large --out DIR
// Writes a deterministic Bridgework database of made-up employers to DIR/bridgework.sqlite.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { databaseFileName } from '../electron/db/open';
import { demoSizes, type DemoSize } from '../electron/services/demo/load';
import { writeDemoDatabase } from './demo-database';

const { values } = parseArgs({
  options: { size: { type: 'string', default: 'small' }, out: { type: 'string' } },
});
const size = values.size as DemoSize;
if (!(size in demoSizes) || !values.out) {
  console.error('Usage: npm run demo-data -- --size small|large --out FOLDER');
  process.exit(2);
}
const dataDir = path.resolve(values.out);
if (fs.existsSync(path.join(dataDir, databaseFileName))) {
  console.error(
    `${path.join(dataDir, databaseFileName)} already exists. Choose an empty folder, or delete the file first.`,
  );
  process.exit(1);
}
const started = performance.now();
const written = await writeDemoDatabase(dataDir, size);
const count = (n: number) => n.toLocaleString('en-GB');
console.log(
  `Wrote ${count(written.employers)} employers, ${count(written.people)} people and ${count(written.interactions)} ` +
    `interactions to ${path.join(dataDir, databaseFileName)} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
