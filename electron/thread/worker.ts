// The backend's own thread: it opens the record and answers calls, while the functions the
// caller passed in (opening files, printing, choosing paths) are called back in the caller's thread.
import { AsyncLocalStorage } from 'node:async_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import type { Printer } from '../../shared/documents/print';
import type { Backend } from '../backend';
import { openBackendInThread, openBackendInThreadOrExplain, type InThreadOptions } from '../backend-in-thread';
import { carry, revive } from './errors';
import type { FromThread, Hook, ThreadStart, ToThread } from './messages';

const port = parentPort!;
const start = workerData as ThreadStart;
const send = (message: FromThread) => port.postMessage(message);

const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
let nextHookId = 0;
const callBack = (hook: Hook, ...args: unknown[]) =>
  new Promise<unknown>((resolve, reject) => {
    const id = nextHookId++;
    waiting.set(id, { resolve, reject });
    send({ type: 'hook', id, hook, args });
  });

// Each call carries the caller's time; work started by a call reads that call's time.
const callTime = new AsyncLocalStorage<string>();
let latestTime = start.now;
const has = (hook: Hook) => start.hooks.includes(hook);
const printer: Printer = {
  pdf: async (html, layout) => Buffer.from((await callBack('printer.pdf', html, layout)) as Uint8Array),
  png: async (html, size) => Buffer.from((await callBack('printer.png', html, size)) as Uint8Array),
};
const options: InThreadOptions = {
  ...start.options,
  now: start.now === null ? undefined : () => callTime.getStore() ?? latestTime!,
  openFile: has('openFile') ? async (file) => void (await callBack('openFile', file)) : undefined,
  showInFolder: has('showInFolder') ? async (file) => void (await callBack('showInFolder', file)) : undefined,
  choosePath: has('choosePath')
    ? async (request) => (await callBack('choosePath', request)) as string | null
    : undefined,
  printer: has('printer.pdf') ? printer : undefined,
  onUnexpectedError: (error, procedure) => send({ type: 'unexpected', error: carry(error), procedure }),
};

let backend: Backend | null = null;
port.on('message', async (message: ToThread) => {
  if (message.type === 'hookAnswer') {
    const hook = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.error) hook?.reject(revive(message.error));
    else hook?.resolve(message.value);
  } else if (message.type === 'invoke') {
    const answer = () => backend!.invoke(message.procedure as never, message.input as never);
    if (message.now) latestTime = message.now;
    const result = await (message.now ? callTime.run(message.now, answer) : answer());
    send({ type: 'answer', id: message.id, result });
  } else {
    await backend?.close();
    send({ type: 'closed' });
  }
});

try {
  backend = await (start.explain ? openBackendInThreadOrExplain(options) : openBackendInThread(options));
  send({ type: 'opened' });
} catch (error) {
  send({ type: 'notOpened', error: carry(error) });
}
