// The two-sided ledger of promises: what the employer promised, and what we promised.
import { mutation, query, type Handlers } from '../context';
import {
  commitmentLedger,
  createCommitment,
  reopenCommitment,
  resolveCommitment,
  updateCommitment,
} from './commitment';

export type CommitmentsHandlers = Handlers<
  'commitments.create' | 'commitments.update' | 'commitments.resolve' | 'commitments.reopen' | 'commitments.forEmployer'
>;

export const commitmentsHandlers: CommitmentsHandlers = {
  'commitments.create': mutation((input, ctx) => createCommitment(ctx, input)),
  'commitments.update': mutation((input, ctx) => updateCommitment(ctx, input)),
  'commitments.resolve': mutation((input, ctx) => resolveCommitment(ctx, input)),
  'commitments.reopen': mutation(({ id }, ctx) => reopenCommitment(ctx, id)),
  'commitments.forEmployer': query(({ employerId }, ctx) => commitmentLedger(ctx.db, employerId, ctx.now())),
};
