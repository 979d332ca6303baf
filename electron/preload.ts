// The page's only door to the backend: one function, no Node, no Electron objects.
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('bridgework', {
  invoke: (procedure: string, input: unknown) => ipcRenderer.invoke('bridgework:invoke', procedure, input),
});
