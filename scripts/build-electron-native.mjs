// Builds the SQLite driver (better-sqlite3-multiple-ciphers, for encryption) for Electron's ABI into .electron-native/, leaving the Node build in
// node_modules alone (the tests and tools use that one). electron/main.ts loads this copy
// through the driver's `nativeBinding` option. Runs before `npm start` and packaging.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const outDir = path.resolve('.electron-native');
const binary = path.join(outDir, 'better_sqlite3.node');

// Electron's own binary is fetched by its install step, which ELECTRON_SKIP_BINARY_DOWNLOAD skips
// (set then or now): without it there is nothing to build for, so say what to do instead.
// Read where the install step put the binary; asking `electron` itself would try to download it.
const electronDir = path.dirname(require.resolve('electron/package.json'));
const pathFile = path.join(electronDir, 'path.txt');
const electronBinary = fs.existsSync(pathFile)
  ? path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim())
  : null;
if (!electronBinary || !fs.existsSync(electronBinary)) {
  console.error(
    'Electron is not installed here (its download was skipped, or could not be made), so the desktop app cannot start.\n' +
      'To use Bridgework without Electron, run: npm run start:browser\n' +
      'To install Electron, run npm ci again without ELECTRON_SKIP_BINARY_DOWNLOAD, on a machine that can reach GitHub.',
  );
  process.exit(1);
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
