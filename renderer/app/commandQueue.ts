// Commands from the desktop app's menus (and the Help page's buttons) wait in a queue on the
// window until a part of the page that runs them is listening: see shared/app/commands.ts.
import { useEffect, useRef } from 'react';
import { commandEvent, commandQueue, type QueuedCommand } from '../../shared/app/commands';

declare global {
  interface Window {
    [commandQueue]?: QueuedCommand[];
  }
}

export function fireCommand(command: QueuedCommand) {
  (window[commandQueue] ||= []).push(command);
  window.dispatchEvent(new Event(commandEvent));
}

/** Runs the queued commands `take` accepts (it returns true), now and as they come. */
export function useQueuedCommands(take: (command: QueuedCommand) => boolean) {
  const latest = useRef(take);
  latest.current = take;
  useEffect(() => {
    const drain = () => {
      window[commandQueue] = (window[commandQueue] ?? []).filter((command) => !latest.current(command));
    };
    drain();
    window.addEventListener(commandEvent, drain);
    return () => window.removeEventListener(commandEvent, drain);
  }, []);
}
