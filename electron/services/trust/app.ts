import { setArchived } from '../trash/archive';
import { mutation, query, type Handlers } from '../context';
import { createTrustNote, getTrustNote, listTrustNotes, updateTrustNote } from './trustNote';

export type TrustHandlers = Handlers<
  'trust.create' | 'trust.update' | 'trust.archive' | 'trust.restore' | 'trust.forEmployer'
>;

export const trustHandlers: TrustHandlers = {
  'trust.create': mutation((input, ctx) => createTrustNote(ctx, input)),
  'trust.update': mutation((input, ctx) => updateTrustNote(ctx, input)),
  'trust.archive': mutation(({ id }, ctx) => setArchived(ctx, 'trustNote', getTrustNote, id, true)),
  'trust.restore': mutation(({ id }, ctx) => setArchived(ctx, 'trustNote', getTrustNote, id, false)),
  'trust.forEmployer': query(({ employerId }, ctx) => listTrustNotes(ctx.db, employerId)),
};
