// Participants referred to an opportunity, by pseudonymous reference only, and their journey
// along the placement stages: interviews, offers, starts, jobs sustained, progression in work.
import { write, read, type Handlers } from '../../kernel/context';
import { recordProgression } from './progression';
import { listReferrals } from './read';
import {
  advanceReferrals,
  createReferrals,
  forEach,
  recordCheck,
  setReferralsArchived,
  undoLastStep,
} from './referral';

export type ReferralsHandlers = Handlers<
  | 'referrals.create'
  | 'referrals.advance'
  | 'referrals.undoStep'
  | 'referrals.list'
  | 'referrals.archive'
  | 'referrals.restore'
  | 'referrals.recordCheck'
  | 'referrals.recordProgression'
>;

export const referralsHandlers: ReferralsHandlers = {
  'referrals.create': write((input, ctx) => createReferrals(ctx, input)),
  'referrals.advance': write((input, ctx) => advanceReferrals(ctx, input)),
  'referrals.undoStep': write(({ ids }, ctx) => forEach(ctx, ids, (referral) => undoLastStep(ctx, referral))),
  'referrals.list': read(({ opportunityId }, ctx) => listReferrals(ctx.db, opportunityId)),
  'referrals.archive': write(({ ids }, ctx) => setReferralsArchived(ctx, ids, true)),
  'referrals.restore': write(({ ids }, ctx) => setReferralsArchived(ctx, ids, false)),
  'referrals.recordCheck': write((input, ctx) => recordCheck(ctx, input)),
  'referrals.recordProgression': write((input, ctx) => recordProgression(ctx, input)),
};
