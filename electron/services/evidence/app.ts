// Evidence of an outcome, recorded when it happens: a file (a payslip photo, an email from the
// employer, a letter) or a note of who confirmed it and how.
import { effect, write, read, type Handlers } from '../../kernel/context';
import { setArchived } from '../trash/archive';
import { attachEvidence, getEvidence, listEvidence, openEvidence } from './evidence';

export type EvidenceHandlers = Handlers<
  'evidence.attach' | 'evidence.open' | 'evidence.remove' | 'evidence.restore' | 'evidence.list'
>;

export const evidenceHandlers: EvidenceHandlers = {
  'evidence.attach': write((input, ctx) => attachEvidence(ctx, input)),
  'evidence.open': effect(({ id }, ctx) => openEvidence(ctx, id)),
  'evidence.remove': write(({ id }, ctx) => setArchived(ctx, 'evidence', getEvidence, id, true)),
  'evidence.restore': write(({ id }, ctx) => setArchived(ctx, 'evidence', getEvidence, id, false)),
  'evidence.list': read(({ referralId }, ctx) => listEvidence(ctx.db, referralId)),
};
