import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      // Pure-JavaScript libraries are bundled: the backend's thread then loads a few files
      // instead of hundreds, and the record opens sooner. Native and rarely used ones stay out.
      externalizeDeps: {
        exclude: ['kysely', 'zod', '@actual-app/crdt', 'dayjs', 'uuid', 'marked', 'docx', 'papaparse'],
      },
      // The backend runs in a thread of its own, started from its own script.
      rolldownOptions: { input: { index: resolve('electron/main.ts'), backend: resolve('electron/thread/worker.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload must be a classic script, whatever package.json says.
      rolldownOptions: {
        input: { index: resolve('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      // electron-vite leaves the renderer unminified; minified, its first script is a third the
      // size and the window shows Today sooner.
      minify: true,
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
