// What the window may name on this computer. A page could be made to ask for any path, so over
// IPC a procedure that takes a file or folder gets only a token, handed out for a file the person
// opened from the file manager; the backend's own chooser (`choosePath`) never shows the page a
// path at all. `openBackend`'s `invoke`, used by the main process, tests and tools, takes paths.
import { randomUUID } from 'node:crypto';
import type { ProcedureName } from '../shared/contract';
import type { AppError } from '../shared/result';

/** Where each procedure's input holds a path: a field, or a field within a field. */
const pathFields: Partial<Record<ProcedureName, { field: string; within?: string }>> = {
  'backups.restore': { field: 'file' },
  'backups.setFolder': { field: 'folder' },
  'imports.archive': { field: 'file' },
  'evidence.attach': { field: 'path', within: 'file' },
};

const tokenPattern = /^chosen:[0-9a-f-]{36}$/;

export class ChosenFiles {
  readonly #paths = new Map<string, string>();

  /** A token for a file the person chose; the page sees the token, never the path. */
  tokenFor(file: string): string {
    const token = `chosen:${randomUUID()}`;
    this.#paths.set(token, file);
    return token;
  }

  /** The page's input with each token swapped for its file, or the refusal of a path it wrote. */
  fromPage(procedure: string, input: unknown): { ok: true; input: unknown } | { ok: false; error: AppError } {
    const where = pathFields[procedure as ProcedureName];
    if (!where) return { ok: true, input };
    const { field, within } = where;
    const holder = within ? valueOf(input, within) : input;
    const given = valueOf(holder, field);
    if (given === undefined || given === null) return { ok: true, input };
    const file = typeof given === 'string' && tokenPattern.test(given) ? this.#paths.get(given) : undefined;
    if (file === undefined) {
      const named = within ?? field;
      const message = 'Choose the file again. Bridgework only uses files and folders you choose.';
      return { ok: false, error: { code: 'invalid_input', message, field: named, fieldErrors: { [named]: message } } };
    }
    const swapped = { ...(holder as object), [field]: file };
    return { ok: true, input: within ? { ...(input as object), [within]: swapped } : swapped };
  }
}

function valueOf(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}
