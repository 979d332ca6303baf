// The caller's side of the backend's thread: starts it, passes calls to it, answers its
// call-backs here, and starts it again on the same record if it ever stops.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AppError, Result } from '../../shared/result';
import type { Backend, ThreadOptions } from '../backend';
import { lockDataFolder } from '../db/folder-lock';
import { DatabaseUnavailableError } from '../db/unavailable';
import { carry, revive } from './errors';
import type { FromThread, Hook, ThreadStart, ToThread } from './messages';

/** Runs the TypeScript source in the thread (tests and tools); the apps run the built script. */
const fromSource = `
const { workerData } = require('node:worker_threads');
import(workerData.loader).then((tsx) => { tsx.register(); return import(workerData.entry); });`;

const stopped =
  'Bridgework stopped unexpectedly and has started again. Check whether your last change was saved, and if not, do it again.';
const keepsStopping =
  'Bridgework keeps stopping unexpectedly. Close it and open it again. If that does not help, restore your newest backup.';
/** More stops than this within a minute, and it is not started again. */
const restartsPerMinute = 3;

type Thread = { worker: Worker; opened: Promise<void>; closed: Promise<void> };
type Waiting = { answer: (result: Result<unknown>) => void; thread: Thread };

export async function startBackendThread(options: ThreadOptions, { explain }: { explain: boolean }): Promise<Backend> {
  // The folder is taken here rather than in the thread: a thread started again after a stop
  // must find it still this app's.
  let release: () => void;
  try {
    release = lockDataFolder(options.dataDir);
  } catch (error) {
    if (!(explain && error instanceof DatabaseUnavailableError)) throw error;
    const unavailable: AppError = { code: 'database_unavailable', message: error.message };
    return { invoke: async () => ({ ok: false, error: unavailable }), close: async () => {} };
  }
  const report = options.onUnexpectedError ?? ((error, procedure) => console.error(`[${procedure}]`, error));
  const hooks: Record<Hook, ((...args: never[]) => Promise<unknown>) | undefined> = {
    openFile: options.openFile,
    showInFolder: options.showInFolder,
    choosePath: options.choosePath,
    'printer.pdf': options.printer && ((html, layout) => options.printer!.pdf(html, layout)),
    'printer.png': options.printer && ((html, size) => options.printer!.png(html, size)),
  };
  const waiting = new Map<number, Waiting>();
  let nextCall = 0;
  let closing = false;
  let gaveUp: AppError | null = null;
  const stops: number[] = [];

  const start = (): Thread => {
    const data: ThreadStart & { loader?: string; entry?: string } = {
      options: {
        dataDir: options.dataDir,
        nativeBinding: options.nativeBinding,
        appVersion: options.appVersion,
        electronVersions: options.electronVersions,
        exportsDir: options.exportsDir,
        dailyBackups: options.dailyBackups,
        checkIntegrity: options.checkIntegrity,
        integrityCheckAfterMs: options.integrityCheckAfterMs,
        passphrase: options.passphrase,
        shareFolder: true,
      },
      hooks: (Object.keys(hooks) as Hook[]).filter((hook) => hooks[hook]),
      now: options.now?.() ?? null,
      explain,
    };
    const worker = options.threadScript
      ? new Worker(options.threadScript, { workerData: data })
      : new Worker(fromSource, {
          eval: true,
          workerData: {
            ...data,
            loader: tsxLoader(),
            entry: new URL('./worker.ts', import.meta.url).href,
          },
        });
    let settleOpened!: { resolve: () => void; reject: (error: Error) => void };
    const opened = new Promise<void>((resolve, reject) => (settleOpened = { resolve, reject }));
    let markClosed!: () => void;
    const closed = new Promise<void>((resolve) => (markClosed = resolve));
    const thread: Thread = { worker, opened, closed };
    worker.on('message', (message: FromThread) => {
      if (message.type === 'opened') settleOpened.resolve();
      else if (message.type === 'notOpened') settleOpened.reject(revive(message.error));
      else if (message.type === 'answer') answer(message.id, message.result);
      else if (message.type === 'hook') void callHook(worker, message.id, message.hook, message.args);
      else if (message.type === 'unexpected') report(revive(message.error), message.procedure);
      else markClosed();
    });
    worker.on('error', (error) => report(error, 'backend thread'));
    worker.on('exit', () => {
      settleOpened.reject(new Error('The backend thread stopped before the record opened.'));
      markClosed();
      for (const [id, call] of waiting) {
        if (call.thread !== thread) continue;
        answer(id, {
          ok: false,
          error: closing
            ? { code: 'database_unavailable', message: 'Bridgework is closing. Try again.' }
            : { code: 'internal', message: stopped },
        });
      }
      if (!closing && current === thread) startAgain();
    });
    return thread;
  };

  const answer = (id: number, result: Result<unknown>) => {
    const call = waiting.get(id);
    if (!call) return;
    waiting.delete(id);
    if (waiting.size === 0) call.thread.worker.unref();
    call.answer(result);
  };

  const callHook = async (worker: Worker, id: number, hook: Hook, args: unknown[]) => {
    let message: ToThread;
    try {
      message = { type: 'hookAnswer', id, value: await hooks[hook]!(...(args as never[])) };
    } catch (error) {
      message = { type: 'hookAnswer', id, error: carry(error) };
    }
    worker.postMessage(message);
  };

  const startAgain = () => {
    const now = Date.now();
    stops.push(now);
    if (stops.filter((at) => now - at < 60_000).length > restartsPerMinute) {
      gaveUp = { code: 'database_unavailable', message: keepsStopping };
      return;
    }
    current = start();
    current.opened.then(
      () => {
        if (waiting.size === 0) current.worker.unref();
      },
      (error: Error) => {
        gaveUp = { code: 'database_unavailable', message: error.message };
      },
    );
  };

  let current = start();
  try {
    await current.opened;
  } catch (error) {
    closing = true;
    await current.worker.terminate();
    release();
    throw error;
  }
  current.worker.unref();

  return {
    async invoke(procedure, input) {
      if (closing)
        return { ok: false, error: { code: 'database_unavailable', message: 'Bridgework is closing. Try again.' } };
      const thread = current;
      thread.worker.ref();
      await thread.opened.catch(() => {});
      if (gaveUp) return { ok: false, error: gaveUp };
      const id = nextCall++;
      return new Promise((resolve) => {
        waiting.set(id, { answer: resolve as Waiting['answer'], thread });
        try {
          const message: ToThread = { type: 'invoke', id, procedure, input, now: options.now?.() ?? null };
          thread.worker.postMessage(message);
        } catch {
          answer(id, {
            ok: false,
            error: { code: 'invalid_input', message: 'Bridgework could not read what was sent. Try again.' },
          });
        }
      });
    },
    async close() {
      if (closing) return;
      closing = true;
      const thread = current;
      thread.worker.ref();
      await thread.opened.catch(() => {});
      thread.worker.postMessage({ type: 'close' } satisfies ToThread);
      await thread.closed;
      await thread.worker.terminate();
      release();
    },
  };
}

/** tsx's ESM loader API; `require.resolve` would give its CommonJS build, which fails in a thread. */
function tsxLoader(): string {
  const require = createRequire(import.meta.url);
  const manifest = require('tsx/package.json') as { exports: { './esm/api': { import: { default: string } } } };
  const folder = path.dirname(require.resolve('tsx/package.json'));
  return pathToFileURL(path.join(folder, manifest.exports['./esm/api'].import.default)).href;
}
