// npm run start:browser: Bridgework without Electron, in a Chromium window. It opens a
// throwaway record in a temporary folder, so trying it never makes a real record by accident;
// BRIDGEWORK_DATA_DIR names a folder to keep, and BRIDGEWORK_DATA_DIR=desktop uses the desktop
// app's own. Exports go where the desktop app puts them. Close the window or press Ctrl+C to stop.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowserApp } from '../tests/support/browser-app';

function desktopDataDir(): string {
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

const named = process.env.BRIDGEWORK_DATA_DIR;
const dataDir =
  named === 'desktop' ? desktopDataDir() : named || fs.mkdtempSync(path.join(os.tmpdir(), 'bridgework-try-'));
const exportsDir = path.join(os.homedir(), 'Documents', 'Bridgework exports');
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'There is no screen to open a window on (DISPLAY is not set).\n' +
      'Run this on a desktop, or under a virtual screen: xvfb-run -a npm run start:browser',
  );
  process.exit(1);
}

try {
  const app = await launchBrowserApp({
    dataDir,
    headless: false,
    dailyBackups: true,
    exportsDir,
    openFile: openWithSystemViewer,
    // The file manager opens on the folder (picking out the file is for Electron's shell).
    showInFolder: (file) => openWithSystemViewer(path.dirname(file)),
  });
  console.log(
    named
      ? `Bridgework is open on the record in ${dataDir}.`
      : `Bridgework is open on a throwaway record in ${dataDir}.\n` +
          'To keep your work, start it with a folder of your own: BRIDGEWORK_DATA_DIR=/path/to/folder npm run start:browser',
  );
  console.log(`Exports go to ${exportsDir}. To stop, close the window or press Ctrl+C here.`);
  const stop = () => void app.close().then(() => process.exit(0));
  app.page.on('close', stop);
  app.browser.on('disconnected', stop);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
