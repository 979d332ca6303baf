import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
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
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
