// The renderer's typed door to the backend. Both hosts (Electron's preload, the browser host)
// put `window.bridgework.invoke` on the page; a failed call throws a RequestError to the caller.
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../shared/contract';
import type { AppError, ChangeMade, Result } from '../../shared/result';

declare global {
  interface Window {
    bridgework: { invoke(procedure: string, input: unknown): Promise<Result<unknown>> };
  }
}

/** Fired on the window when the backend answers that the record is locked. */
export const lockedEvent = 'bridgework:locked';

let lastChange: ChangeMade | null = null;

/** The change set the latest successful call made: what the Undo on its message undoes. */
export const latestChange = () => lastChange;

export class RequestError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
  }
}

export async function invoke<P extends ProcedureName>(
  procedure: P,
  ...[input]: undefined extends ProcedureInput<P> ? [ProcedureInput<P>?] : [ProcedureInput<P>]
): Promise<ProcedureOutput<P>> {
  const result = (await window.bridgework.invoke(procedure, input)) as Result<ProcedureOutput<P>>;
  if (!result.ok) {
    if (result.error.code === 'locked') window.dispatchEvent(new Event(lockedEvent));
    throw new RequestError(result.error);
  }
  if (result.change) lastChange = result.change;
  return result.value;
}

export function errorMessage(error: unknown): string {
  return error instanceof RequestError || error instanceof Error ? error.message : 'Something went wrong. Try again.';
}
