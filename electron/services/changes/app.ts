// Every change to the record, newest first, and undoing or redoing any of them.
import { read, write, type Handlers } from '../../kernel/context';
import { listChanges, redoChange, redoSentence, undoChange, undoSentence } from './history';

export type ChangesHandlers = Handlers<'changes.list' | 'changes.undo' | 'changes.redo'>;

export const changesHandlers: ChangesHandlers = {
  'changes.list': read((input, ctx) => listChanges(ctx, input?.limit)),
  'changes.undo': write(
    ({ id }, ctx) => undoChange(ctx, id),
    ({ id }) => ({ undoes: id, sentence: undoSentence }),
  ),
  'changes.redo': write(
    ({ id }, ctx) => redoChange(ctx, id),
    ({ id }) => ({ redoes: id, sentence: redoSentence }),
  ),
};
