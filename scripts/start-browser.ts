// npm run start:browser: Bridgework without Electron, in a Chromium window, on the same data
// folder the desktop app uses (or BRIDGEWORK_DATA_DIR). Close the window to stop.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { launchBrowserApp } from '../tests/support/browser-app';

function defaultDataDir(): string {
  const home = os.homedir();
  const userData =
    process.platform === 'darwin'
      ? path.join(home, 'Library', 'Application Support', 'Bridgework')
      : process.platform === 'win32'
        ? path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Bridgework')
        : path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Bridgework');
  return path.join(userData, 'data');
}

/** Files open in the system's own viewer, as they do in the desktop app. */
function openWithSystemViewer(file: string): Promise<void> {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  return new Promise((resolve, reject) => {
    spawn(command, [file], { detached: true, stdio: 'ignore' })
      .on('error', () => reject(new Error(`Could not open ${file}`)))
      .on('spawn', () => resolve())
      .unref();
  });
}

const dataDir = process.env.BRIDGEWORK_DATA_DIR || defaultDataDir();
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'There is no screen to open a window on (DISPLAY is not set).\n' +
      'Run this on a desktop, or under a virtual screen: xvfb-run npm run start:browser',
  );
  process.exit(1);
}

try {
  const app = await launchBrowserApp({
    dataDir,
    headless: false,
    dailyBackups: true,
    openFile: openWithSystemViewer,
    // The file manager opens on the folder (picking out the file is for Electron's shell).
    showInFolder: (file) => openWithSystemViewer(path.dirname(file)),
  });
  console.log(`Bridgework is open. Your data is in ${dataDir}. Close the window to stop.`);
  app.page.on('close', () => void app.close().then(() => process.exit(0)));
  app.browser.on('disconnected', () => void app.close().then(() => process.exit(0)));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
