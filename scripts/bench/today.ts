import { openBackend } from '../../electron/backend';
import { measureProcedures } from './procedures';
import { summary, time } from './stats';

/** today.get: every list on the Today page, on the whole record, and one account owner's (Mine). */
export async function measureToday(dataDir: string, iterations: number) {
  const backend = await openBackend({ dataDir });
  const timed = (input: { accountOwner?: string }) =>
    time(async () => {
      const result = await backend.invoke('today.get', input);
      if (!result.ok) throw new Error(result.error.message);
    }, iterations);
  const times = await timed({});
  // One of the large set's four account owners, with about 5,000 employers.
  const mine = summary(await timed({ accountOwner: 'Priya Shah' }));
  const today = await backend.invoke('today.get', {});
  await backend.close();
  const counts = today.ok
    ? Object.fromEntries(
        Object.entries(today.value).flatMap(([key, list]) => (typeof list === 'object' ? [[key, list.total]] : [])),
      )
    : {};
  return { ...summary(times), counts, mine };
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
