// Merging the busiest employer (about 12,000 contacts) into another, through the backend's
// thread as the window asks for it, then undoing it, so the bench set is left as it was. Three
// rounds; the middle figure of each is reported.
import { openBackend } from '../../electron/backend';
import { percentile, round } from './stats';

export async function measureMerge(dataDir: string, busiestId: string, rounds = 3) {
  const backend = await openBackend({ dataDir });
  try {
    const list = await backend.invoke('employers.list', { limit: 2, sort: { column: 'name', direction: 'asc' } });
    if (!list.ok) throw new Error(list.error.message);
    const keep = list.value.rows.find((row) => row.id !== busiestId)!;
    const merges: number[] = [];
    const undos: number[] = [];
    for (let n = 0; n < rounds; n++) {
      let started = performance.now();
      const merged = await backend.invoke('employers.merge', { keepId: keep.id, mergeId: busiestId });
      merges.push(performance.now() - started);
      if (!merged.ok || !merged.change)
        throw new Error(`The merge failed: ${merged.ok ? 'no change' : merged.error.message}`);
      started = performance.now();
      const undone = await backend.invoke('changes.undo', { id: merged.change.id });
      undos.push(performance.now() - started);
      if (!undone.ok) throw new Error(`The merge could not be undone: ${undone.error.message}`);
    }
    return {
      rounds,
      mergeMs: round(percentile(merges, 50)),
      undoMs: round(percentile(undos, 50)),
      slowestMergeMs: round(Math.max(...merges)),
    };
  } finally {
    await backend.close();
  }
}
