import { openBackend } from '../../electron/backend';
import type { ProcedureInput, ProcedureName } from '../../shared/contract';
import { summary, time } from './stats';

export type ProcedureCase = { name: string; procedure: ProcedureName; input: ProcedureInput<ProcedureName> };

/** Each case's procedure called through the backend, as the app calls it. */
export async function measureProcedures(dataDir: string, cases: ProcedureCase[], iterations: number) {
  const backend = await openBackend({ dataDir });
  const results = [];
  for (const { name, procedure, input } of cases) {
    const times = await time(async () => {
      const result = await backend.invoke(procedure, input as never);
      if (!result.ok) throw new Error(`${procedure}: ${result.error.message}`);
    }, iterations);
    results.push({ case: name, ...summary(times) });
  }
  await backend.close();
  return results;
}
