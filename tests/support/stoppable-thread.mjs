// The backend's thread, from source, that stops dead when it is sent the call `test.stopThread`:
// how a test makes the thread die as a crash would, without a procedure for it in the app.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
parentPort.on('message', (message) => {
  if (message.type === 'invoke' && message.procedure === 'test.stopThread') process.exit(1);
});
await import('../../electron/thread/worker.ts');
