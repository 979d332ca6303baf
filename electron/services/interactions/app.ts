import { setArchived } from '../trash/archive';
import { mutation, query, type Handlers } from '../context';
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
  'interactions.create': mutation((input, ctx) => createInteraction(ctx, input)),
  'interactions.update': mutation((input, ctx) => updateInteraction(ctx, input)),
  'interactions.complete': mutation((input, ctx) => completeInteraction(ctx, input)),
  'interactions.archive': mutation(({ id }, ctx) => setArchived(ctx, 'interaction', getInteraction, id, true)),
  'interactions.restore': mutation(({ id }, ctx) => setArchived(ctx, 'interaction', getInteraction, id, false)),
  'interactions.get': query(({ id }, ctx) => getInteraction(ctx.db, id)),
  'interactions.snoozeFollowUp': mutation((input, ctx) => snoozeFollowUp(ctx, input)),
};
