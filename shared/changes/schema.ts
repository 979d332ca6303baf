import { z } from 'zod';
import { recordId } from '../fields';

/** One user action, as the list of recent changes shows it. */
export type ChangeSummary = {
  id: string;
  /** When it was done (ISO time). */
  at: string;
  /** What was done, in plain words. */
  sentence: string;
  who: string;
  /** An undo or a redo of another change, or a change of its own. */
  kind: 'change' | 'undo' | 'redo';
  /** A change that has been undone (and not redone since). */
  undone: boolean;
  /** Deleting for good and erasing cannot be undone. */
  undoable: boolean;
};

export type ChangeList = {
  changes: ChangeSummary[];
  /** What Ctrl+Z undoes and Ctrl+Shift+Z redoes now, if anything. */
  nextUndo: ChangeSummary | null;
  nextRedo: ChangeSummary | null;
};

export type UndoResult = { id: string; sentence: string };

export const listChangesInput = z.object({ limit: z.number().int().min(1).max(200).optional() }).optional();

export const changeInput = z.object({ id: recordId('Choose a change') });

/** Who a change set is by when the person has not said their name. */
export const unnamed = 'local user';
