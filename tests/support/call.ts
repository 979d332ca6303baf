import type { Backend } from '../../electron/backend';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../shared/contract';

/** Calls a procedure that is expected to succeed, and fails the test with its message if not. */
export async function call<P extends ProcedureName>(
  backend: Backend,
  procedure: P,
  input?: ProcedureInput<P>,
): Promise<ProcedureOutput<P>> {
  const result = await backend.invoke(procedure, input);
  if (!result.ok) throw new Error(`${procedure} failed: ${result.error.code}: ${result.error.message}`);
  return result.value;
}
