// better-sqlite3 is built twice: for Node (tests, tools) in node_modules, and for Electron's
// ABI into .electron-native/ by scripts/build-electron-native.mjs. The app loads the second.
import fs from 'node:fs';
import path from 'node:path';

export const electronNativeFile = 'better_sqlite3.node';

export function findElectronBinding(searchDirs: string[]): string | undefined {
  return searchDirs.map((dir) => path.join(dir, electronNativeFile)).find((file) => fs.existsSync(file));
}
