// A backend in a child process, for the crash test to kill (SIGKILL) at a random moment while
// it imports, backs up or restores. It says "working" on stdout just before the work starts.
import fs from 'node:fs';
import { openBackendInThread } from '../../electron/backend-in-thread';

const [mode, dataDir, file] = process.argv.slice(2) as ['import' | 'backup' | 'restore', string, string];
const backend = await openBackendInThread({ dataDir });
const working = () => process.stdout.write('working\n');
if (mode === 'import') {
  const contentBase64 = fs.readFileSync(file).toString('base64');
  const preview = await backend.invoke('imports.preview', {
    target: 'employers',
    file: { name: 'crash.csv', contentBase64 },
  });
  if (!preview.ok) throw new Error(preview.error.message);
  working();
  await backend.invoke('imports.commit', {
    importId: preview.value.importId,
    target: 'employers',
    mapping: preview.value.mapping,
  });
} else if (mode === 'backup') {
  working();
  for (;;) await backend.invoke('backups.create');
} else {
  working();
  const restored = await backend.invoke('backups.restore', { file });
  if (!restored.ok) throw new Error(restored.error.message);
}
await backend.close();
process.stdout.write('finished\n');
