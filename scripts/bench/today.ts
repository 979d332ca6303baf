import { openBackend } from '../../electron/backend';
import { measureProcedures } from './procedures';
import { summary, time } from './stats';

/** today.get: every list on the Today page, on the whole record. */
export async function measureToday(dataDir: string, iterations: number) {
  const backend = await openBackend({ dataDir });
  const times = await time(async () => {
    const result = await backend.invoke('today.get', {});
    if (!result.ok) throw new Error(result.error.message);
  }, iterations);
  const today = await backend.invoke('today.get', {});
  await backend.close();
  const counts = today.ok
    ? Object.fromEntries(
        Object.entries(today.value).flatMap(([key, list]) => (typeof list === 'object' ? [[key, list.total]] : [])),
      )
    : {};
  return { ...summary(times), counts };
}

/** assessments.suggest for the busiest employer and for an ordinary one. */
export function measureSuggest(dataDir: string, employers: { name: string; id: string }[], iterations: number) {
  const cases = employers.map(({ name, id }) => ({
    name,
    procedure: 'assessments.suggest' as const,
    input: { employerId: id },
  }));
  return measureProcedures(dataDir, cases, iterations);
}
