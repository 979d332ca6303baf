// Builds the SQLite driver (better-sqlite3-multiple-ciphers, for encryption) for Electron's ABI into .electron-native/, leaving the Node build in
// node_modules alone (the tests and tools use that one). electron/main.ts loads this copy
// through the driver's `nativeBinding` option. Runs before `npm start` and packaging.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const outDir = path.resolve('.electron-native');
const binary = path.join(outDir, 'better_sqlite3.node');

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log(
    'Not building better-sqlite3 for Electron, because ELECTRON_SKIP_BINARY_DOWNLOAD is set (Electron is not installed).\n' +
      'To use the app without Electron, run: npm run start:browser',
  );
  process.exit(0);
}

const electronVersion = require('electron/package.json').version;
const driver = 'better-sqlite3-multiple-ciphers';
const sqliteVersion = require(`${driver}/package.json`).version;
const stamp = `electron ${electronVersion}, ${driver} ${sqliteVersion}, ${process.platform}-${process.arch}`;
const stampFile = path.join(outDir, 'built-for.txt');
if (fs.existsSync(binary) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) {
  console.log(`better-sqlite3 for Electron is up to date (${stamp}).`);
  process.exit(0);
}

// Stage a copy of the module in an app folder of its own and rebuild it there.
const stage = path.join(outDir, 'stage');
fs.rmSync(stage, { recursive: true, force: true });
const moduleDir = path.join(stage, 'node_modules', driver);
fs.cpSync(path.dirname(require.resolve(`${driver}/package.json`)), moduleDir, {
  recursive: true,
  filter: (source) => !source.includes(`${path.sep}build${path.sep}`),
});
fs.writeFileSync(
  path.join(stage, 'package.json'),
  JSON.stringify({ name: 'stage', private: true, dependencies: { [driver]: sqliteVersion } }),
);

console.log(`Building better-sqlite3 for ${stamp}…`);
const { rebuild } = await import('@electron/rebuild');
await rebuild({ buildPath: stage, electronVersion, onlyModules: [driver], force: true });
fs.copyFileSync(path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node'), binary);
fs.writeFileSync(stampFile, stamp);
fs.rmSync(stage, { recursive: true, force: true });
console.log(`Built ${path.relative(process.cwd(), binary)}.`);
