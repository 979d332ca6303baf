// What the caller's thread and the backend's thread say to each other.
import type { Result } from '../../shared/result';
import type { BackendOptions } from '../backend';

/** The functions among the options: they stay in the caller's thread and are called back there. */
export type Hook = 'openFile' | 'showInFolder' | 'choosePath' | 'printer.pdf' | 'printer.png';

export type ThreadStart = {
  options: Omit<
    BackendOptions,
    'now' | 'openFile' | 'showInFolder' | 'printer' | 'choosePath' | 'onUnexpectedError'
  > & {
    /** The host holds the data folder's lock, so a restarted thread finds it already taken. */
    shareFolder: true;
  };
  hooks: Hook[];
  /** The caller's clock when it started the thread, if it has one of its own. */
  now: string | null;
  explain: boolean;
};

/** An error as it crosses between threads: a domain rule keeps its code and field. */
export type CarriedError = {
  message: string;
  stack?: string;
  code?: string;
  field?: string;
  reason?: string;
  kind: 'domain' | 'unavailable' | 'other';
};

export type ToThread =
  | { type: 'invoke'; id: number; procedure: string; input: unknown; now: string | null }
  | { type: 'hookAnswer'; id: number; value?: unknown; error?: CarriedError }
  | { type: 'close' };

export type FromThread =
  | { type: 'opened' }
  | { type: 'notOpened'; error: CarriedError }
  | { type: 'answer'; id: number; result: Result<unknown> }
  | { type: 'hook'; id: number; hook: Hook; args: unknown[] }
  | { type: 'unexpected'; error: CarriedError; procedure: string }
  | { type: 'closed' };
