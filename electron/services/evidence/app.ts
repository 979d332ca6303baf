// Evidence of an outcome, recorded when it happens: a file (a payslip photo, an email from the
// employer, a letter) or a note of who confirmed it and how.
import { mutation, query, type Handlers } from '../context';
import { setArchived } from '../trash/archive';
import { attachEvidence, getEvidence, listEvidence, openEvidence } from './evidence';

export type EvidenceHandlers = Handlers<
  'evidence.attach' | 'evidence.open' | 'evidence.remove' | 'evidence.restore' | 'evidence.list'
>;

export const evidenceHandlers: EvidenceHandlers = {
  'evidence.attach': mutation((input, ctx) => attachEvidence(ctx, input)),
  'evidence.open': query(({ id }, ctx) => openEvidence(ctx, id)),
  'evidence.remove': mutation(({ id }, ctx) => setArchived(ctx, 'evidence', getEvidence, id, true)),
  'evidence.restore': mutation(({ id }, ctx) => setArchived(ctx, 'evidence', getEvidence, id, false)),
  'evidence.list': query(({ referralId }, ctx) => listEvidence(ctx.db, referralId)),
};
