// Participants referred to an opportunity, by pseudonymous reference only, and their journey
// along the placement stages: interviews, offers, starts, jobs sustained, progression in work.
import { mutation, query, type Handlers } from '../context';
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
  'referrals.create': mutation((input, ctx) => createReferrals(ctx, input)),
  'referrals.advance': mutation((input, ctx) => advanceReferrals(ctx, input)),
  'referrals.undoStep': mutation(({ ids }, ctx) => forEach(ctx, ids, (referral) => undoLastStep(ctx, referral))),
  'referrals.list': query(({ opportunityId }, ctx) => listReferrals(ctx.db, opportunityId)),
  'referrals.archive': mutation(({ ids }, ctx) => setReferralsArchived(ctx, ids, true)),
  'referrals.restore': mutation(({ ids }, ctx) => setReferralsArchived(ctx, ids, false)),
  'referrals.recordCheck': mutation((input, ctx) => recordCheck(ctx, input)),
  'referrals.recordProgression': mutation((input, ctx) => recordProgression(ctx, input)),
};
