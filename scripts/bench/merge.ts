// Merging the busiest employer (about 12,000 contacts) into another, through the backend's
// thread as the window asks for it, then undoing it, so the bench set is left as it was.
import { openBackend } from '../../electron/backend';
import { round } from './stats';

export async function measureMerge(dataDir: string, busiestId: string) {
  const backend = await openBackend({ dataDir });
  try {
    const list = await backend.invoke('employers.list', { limit: 2, sort: { column: 'name', direction: 'asc' } });
    if (!list.ok) throw new Error(list.error.message);
    const keep = list.value.rows.find((row) => row.id !== busiestId)!;
    let started = performance.now();
    const merged = await backend.invoke('employers.merge', { keepId: keep.id, mergeId: busiestId });
    const mergeMs = performance.now() - started;
    if (!merged.ok || !merged.change)
      throw new Error(`The merge failed: ${merged.ok ? 'no change' : merged.error.message}`);
    started = performance.now();
    const undone = await backend.invoke('changes.undo', { id: merged.change.id });
    const undoMs = performance.now() - started;
    if (!undone.ok) throw new Error(`The merge could not be undone: ${undone.error.message}`);
    return { mergeMs: round(mergeMs), undoMs: round(undoMs) };
  } finally {
    await backend.close();
  }
}
