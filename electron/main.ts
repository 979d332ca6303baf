// The Electron shell, and nothing else: one window, the app:// protocol, one IPC channel.
// Everything it serves comes from electron/backend.ts, which runs without Electron.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, shell } from 'electron';
import { DomainError } from '../shared/result';
import { rendererFile } from './app-files';
import { ChosenFiles } from './chosen-files';
import { openBackendOrExplain, type Backend } from './backend';
import { backupFileIn, commandScript, menuTemplate } from './menu';
import { findElectronBinding } from './native-binding';
import { readWindowBounds, writeWindowBounds } from './window-state';

const origin = 'app://bridgework';
const rendererDir = path.join(import.meta.dirname, '../renderer');
const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** A document (self-contained HTML, no scripts) in an unseen window, for printing or a picture. */
async function withHiddenPage<T>(
  html: string,
  size: { width: number; height: number },
  work: (contents: Electron.WebContents) => Promise<T>,
): Promise<T> {
  const page = new BrowserWindow({
    ...size,
    show: false,
    useContentSize: true,
    webPreferences: { offscreen: true, javascript: false, sandbox: true, contextIsolation: true },
  });
  try {
    await page.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await work(page.webContents);
  } finally {
    page.destroy();
  }
}

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// A separate profile for the smoke tests (tests/electron), so they do not meet a running copy.
if (process.env.BRIDGEWORK_USER_DATA_DIR) app.setPath('userData', process.env.BRIDGEWORK_USER_DATA_DIR);

// The lock comes before anything touches the database: a second launch only focuses the first.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let window: BrowserWindow | null = null;
  let backend: Promise<Backend> | null = null;
  const windowStateFile = () => path.join(app.getPath('userData'), 'window-state.json');
  // A backup double-clicked in the file manager: the page offers to restore it once it has loaded.
  let openedBackup = backupFileIn(process.argv);
  let loaded = false;
  // The page names files on disk only by the tokens it is given here.
  const chosenFiles = new ChosenFiles();
  const offerRestore = () => {
    if (!window || !loaded || !openedBackup) return;
    const file = chosenFiles.tokenFor(openedBackup);
    void window.webContents.executeJavaScript(
      commandScript({ id: 'open-backup', file, name: path.basename(openedBackup) }),
    );
    openedBackup = null;
  };

  app.on('second-instance', (_event, argv) => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
    openedBackup = backupFileIn(argv) ?? openedBackup;
    offerRestore();
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openedBackup = file;
    offerRestore();
  });

  app.on('web-contents-created', (_event, contents) => {
    // No camera, microphone, notifications or anything else a page may ask for; no <webview>.
    contents.session.setPermissionRequestHandler((_contents, _permission, answer) => answer(false));
    contents.session.setPermissionCheckHandler(() => false);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith(`${origin}/`)) event.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => {
      // Web pages open in the browser; an email address in the mail program.
      if (/^(https?:\/\/|mailto:[^\s/]+$)/.test(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });

  app.whenReady().then(async () => {
    protocol.handle('app', async (request) => {
      const file = rendererFile(rendererDir, request.url);
      if (!file) return new Response('Not found', { status: 404 });
      const response = await net.fetch(pathToFileURL(file).toString());
      const headers = new Headers(response.headers);
      headers.set('Content-Security-Policy', contentSecurityPolicy);
      return new Response(response.body, { status: response.status, headers });
    });

    // The record opens in its thread while the window is made and loads: the page's first
    // calls wait for it.
    const opening = openBackendOrExplain({
      dataDir: process.env.BRIDGEWORK_DATA_DIR || path.join(app.getPath('userData'), 'data'),
      threadScript: path.join(import.meta.dirname, 'backend.js'),
      nativeBinding: findElectronBinding([
        path.join(process.resourcesPath, 'native'),
        path.join(app.getAppPath(), '.electron-native'),
      ]),
      appVersion: app.getVersion(),
      electronVersions: { electron: process.versions.electron, chrome: process.versions.chrome },
      openFile: async (file) => {
        const problem = await shell.openPath(file);
        if (problem) throw new DomainError('invalid_input', `The file could not be opened: ${problem}`);
      },
      showInFolder: async (file) => shell.showItemInFolder(file),
      exportsDir: path.join(app.getPath('documents'), 'Bridgework exports'),
      dailyBackups: true,
      checkIntegrity: true,
      integrityCheckAfterMs: 2000,
      choosePath: async ({ kind, title }) => {
        const filters = {
          backup: [{ name: 'Bridgework backups', extensions: ['bwbackup', 'sqlite'] }],
          archive: [{ name: 'Bridgework archives', extensions: ['jsonl'] }],
        };
        const options: Electron.OpenDialogOptions =
          kind === 'folder'
            ? { title, properties: ['openDirectory', 'createDirectory'] }
            : { title, properties: ['openFile'], filters: filters[kind] };
        const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
        return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
      },
      printer: {
        pdf: (html, layout) =>
          withHiddenPage(html, { width: 794, height: 1123 }, (contents) =>
            contents.printToPDF({
              pageSize: 'A4',
              printBackground: true,
              displayHeaderFooter: true,
              headerTemplate: layout.headerTemplate,
              footerTemplate: layout.footerTemplate,
              margins: {
                top: layout.marginsMm.top / 25.4,
                bottom: layout.marginsMm.bottom / 25.4,
                left: layout.marginsMm.left / 25.4,
                right: layout.marginsMm.right / 25.4,
              },
            }),
          ),
        png: (html, size) => withHiddenPage(html, size, async (contents) => (await contents.capturePage()).toPNG()),
      },
    });

    backend = opening;
    ipcMain.handle('bridgework:invoke', async (event, procedure, input) => {
      if (!event.senderFrame?.url.startsWith(`${origin}/`)) throw new Error('Refused: not the Bridgework window');
      const checked = chosenFiles.fromPage(procedure, input);
      return checked.ok ? (await opening).invoke(procedure, checked.input) : checked;
    });

    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate({
          mac: process.platform === 'darwin',
          packaged: app.isPackaged,
          run: (id) => void window?.webContents.executeJavaScript(commandScript({ id })),
        }),
      ),
    );

    const bounds = readWindowBounds(windowStateFile());
    window = new BrowserWindow({
      ...bounds,
      minWidth: 800,
      minHeight: 560,
      title: 'Bridgework',
      icon: path.join(import.meta.dirname, '../../resources/icon.png'),
      show: false,
      webPreferences: {
        preload: path.join(import.meta.dirname, '../preload/index.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
      },
    });
    if (bounds.maximised) window.maximize();
    window.once('ready-to-show', () => window?.show());
    window.on('close', () => {
      if (window)
        writeWindowBounds(windowStateFile(), { ...window.getNormalBounds(), maximised: window.isMaximized() });
    });
    await window.loadURL(`${origin}/index.html`);
    loaded = true;
    offerRestore();
  });

  app.on('window-all-closed', () => app.quit());
  // The backend's thread finishes what it is writing and closes the record before the app exits.
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed || !backend) return;
    event.preventDefault();
    closed = true;
    void backend.then((opened) => opened.close()).finally(() => app.exit());
  });
}
