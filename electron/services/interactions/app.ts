import { setArchived } from '../trash/archive';
import { write, read, type Handlers } from '../../kernel/context';
import {
  completeInteraction,
  createInteraction,
  getInteraction,
  snoozeFollowUp,
  updateInteraction,
} from './interaction';

export type InteractionsHandlers = Handlers<
  | 'interactions.create'
  | 'interactions.update'
  | 'interactions.complete'
  | 'interactions.archive'
  | 'interactions.restore'
  | 'interactions.get'
  | 'interactions.snoozeFollowUp'
>;

export const interactionsHandlers: InteractionsHandlers = {
  'interactions.create': write((input, ctx) => createInteraction(ctx, input)),
  'interactions.update': write((input, ctx) => updateInteraction(ctx, input)),
  'interactions.complete': write((input, ctx) => completeInteraction(ctx, input)),
  'interactions.archive': write(({ id }, ctx) => setArchived(ctx, 'interaction', getInteraction, id, true)),
  'interactions.restore': write(({ id }, ctx) => setArchived(ctx, 'interaction', getInteraction, id, false)),
  'interactions.get': read(({ id }, ctx) => getInteraction(ctx.db, id)),
  'interactions.snoozeFollowUp': write((input, ctx) => snoozeFollowUp(ctx, input)),
};
