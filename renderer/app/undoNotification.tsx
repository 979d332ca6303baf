import { undoChange } from '../features/changes/undo';
import { latestChange } from './client';
import { notifyWithAction } from './notifyWithAction';

/**
 * Says what just happened, with an Undo button that stays for eight seconds. Undo reverses the
 * change the call just made, whole (changes.undo), whatever else has been done since.
 */
export function notifyWithUndo({ id, message, undo = true }: { id: string; message: string; undo?: boolean }) {
  const change = undo ? latestChange() : null;
  notifyWithAction(id, message, change ? { label: 'Undo', run: () => void undoChange(change.id) } : undefined);
}
