// Finding possible duplicates across the whole record, employers and people, as the window asks.
import { openBackend } from '../../electron/backend';
import { summary, time } from './stats';

export async function measureDuplicates(dataDir: string, iterations: number) {
  const backend = await openBackend({ dataDir });
  try {
    const found = async (kind: 'employer' | 'person') => {
      const result = await backend.invoke('duplicates.list', { kind });
      if (!result.ok) throw new Error(result.error.message);
      return result.value.total;
    };
    return {
      employers: { ...summary(await time(() => found('employer'), iterations, 2)), pairs: await found('employer') },
      people: { ...summary(await time(() => found('person'), iterations, 2)), pairs: await found('person') },
    };
  } finally {
    await backend.close();
  }
}
