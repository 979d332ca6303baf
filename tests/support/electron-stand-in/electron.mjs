// A stand-in for the `electron` module, so the built desktop shell can start in plain Node where
// Electron's binary cannot be installed. It does what the shell asks as simply as it can and
// tells the test (the parent process) each thing it was asked, in order. The test can then call
// the IPC handler and the app:// protocol as the window would.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgework-stand-in-'));
process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }));
// No driver built for Electron is found here: the shell uses Node's own.
process.resourcesPath = scratch;
const dataFile = path.join(process.env.BRIDGEWORK_DATA_DIR ?? '', 'bridgework.sqlite');
const tell = (event, details = {}) => process.send?.({ event, ...details });

const handlers = new Map();
const schemes = new Map();
const appEvents = new Map();
let ticks = 0;
setInterval(() => ticks++, 5).unref();

export const app = {
  isPackaged: false,
  setPath: (name, value) => tell('app.setPath', { name, value }),
  getPath: (name) => (name === 'userData' ? process.env.BRIDGEWORK_USER_DATA_DIR : scratch),
  getAppPath: () => scratch,
  getVersion: () => '0.0.0-stand-in',
  requestSingleInstanceLock: () => {
    tell('app.requestSingleInstanceLock', { recordOpenedYet: fs.existsSync(dataFile) });
    return true;
  },
  quit: () => tell('app.quit'),
  // Exits once the test has been told, so the message is not lost.
  exit: () => process.send({ event: 'app.exit' }, () => process.exit(0)),
  on: (name, listener) => appEvents.set(name, listener),
  whenReady: () => Promise.resolve(),
};

export const protocol = {
  registerSchemesAsPrivileged: (schemes) => tell('protocol.registerSchemesAsPrivileged', { schemes }),
  handle: (scheme, handler) => {
    schemes.set(scheme, handler);
    tell('protocol.handle', { scheme });
  },
};

export const ipcMain = {
  handle: (channel, handler) => {
    handlers.set(channel, handler);
    tell('ipcMain.handle', { channel });
  },
};

export const net = {
  fetch: async (url) => {
    const file = fileURLToPath(url);
    if (!fs.existsSync(file)) return new Response('Not found', { status: 404 });
    return new Response(fs.readFileSync(file), { status: 200 });
  },
};

export class BrowserWindow {
  webContents = { executeJavaScript: async (script) => tell('webContents.executeJavaScript', { script }) };
  constructor(options) {
    tell('new BrowserWindow', { webPreferences: options.webPreferences, title: options.title });
  }
  async loadURL(url) {
    const response = await schemes.get(new URL(url).protocol.slice(0, -1))(new Request(url));
    tell('BrowserWindow.loadURL', { url, status: response.status, page: await response.text() });
  }
  once() {}
  on() {}
  maximize() {}
  isMinimized() {
    return false;
  }
  focus() {}
}

export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: (menu) => tell('Menu.setApplicationMenu', { items: menu.template.map((item) => item.label) }),
};
export const dialog = { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) };
export const shell = {
  openPath: async () => '',
  showItemInFolder: () => {},
  openExternal: async () => {},
};

// What the test asks: call the IPC handler as a frame at `url` would, or fetch through a scheme.
process.on('message', async (request) => {
  if (request.do === 'invoke') {
    const before = ticks;
    const event = { senderFrame: { url: request.from } };
    try {
      const answer = await handlers.get('bridgework:invoke')(event, request.procedure, request.input);
      tell('answer', { id: request.id, answer, ticksMeanwhile: ticks - before });
    } catch (error) {
      tell('answer', { id: request.id, refused: String(error.message) });
    }
  } else if (request.do === 'fetch') {
    const response = await schemes.get('app')(new Request(request.url));
    tell('answer', {
      id: request.id,
      status: response.status,
      contentSecurityPolicy: response.headers.get('content-security-policy'),
    });
  } else if (request.do === 'quit') {
    let waited = false;
    appEvents.get('will-quit')?.({ preventDefault: () => (waited = true) });
    tell('will-quit handled', { waited });
    if (!waited) process.exit(0);
  }
});
