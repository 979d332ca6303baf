// One record, one app: a second Bridgework (or a browser host, or a tool) opening the same data
// folder would have its writes fail with "database is locked" half-way through. The first to
// open it leaves a note of who it is; the next is told plainly. A note left by an app that has
// since stopped (it crashed, the laptop lost power) is taken over.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseUnavailableError } from './unavailable';

type Holder = { pid: number; host: string; token: string };

export const lockFileName = 'bridgework.lock';

/** Takes the data folder for this app; the function it returns lets it go. */
export function lockDataFolder(dataDir: string): () => void {
  const file = path.join(dataDir, lockFileName);
  const me: Holder = { pid: process.pid, host: os.hostname(), token: randomUUID() };
  for (let attempt = 0; ; attempt++) {
    try {
      fs.mkdirSync(dataDir, { recursive: true });
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      break;
    } catch (error) {
      // A folder Bridgework cannot write to is explained when the record opens.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return () => {};
      const holder = readHolder(file);
      if (attempt > 0 || (holder && (holder.host !== me.host || isRunning(holder.pid)))) {
        throw new DatabaseUnavailableError(
          'Bridgework is already open with this record, in another window or program. Switch to it, or close it and then open Bridgework again.',
          'in_use',
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  return () => {
    if (readHolder(file)?.token === me.token) fs.rmSync(file, { force: true });
  };
}

function readHolder(file: string): Holder | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Holder;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
