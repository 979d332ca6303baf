import { setArchived } from '../trash/archive';
import { write, read, type Handlers } from '../../kernel/context';
import { createTrustNote, getTrustNote, listTrustNotes, updateTrustNote } from './trustNote';

export type TrustHandlers = Handlers<
  'trust.create' | 'trust.update' | 'trust.archive' | 'trust.restore' | 'trust.forEmployer'
>;

export const trustHandlers: TrustHandlers = {
  'trust.create': write((input, ctx) => createTrustNote(ctx, input)),
  'trust.update': write((input, ctx) => updateTrustNote(ctx, input)),
  'trust.archive': write(({ id }, ctx) => setArchived(ctx, 'trustNote', getTrustNote, id, true)),
  'trust.restore': write(({ id }, ctx) => setArchived(ctx, 'trustNote', getTrustNote, id, false)),
  'trust.forEmployer': read(({ employerId }, ctx) => listTrustNotes(ctx.db, employerId)),
};
