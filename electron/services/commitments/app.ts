// The two-sided ledger of promises: what the employer promised, and what we promised.
import { write, read, type Handlers } from '../../kernel/context';
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
  'commitments.create': write((input, ctx) => createCommitment(ctx, input)),
  'commitments.update': write((input, ctx) => updateCommitment(ctx, input)),
  'commitments.resolve': write((input, ctx) => resolveCommitment(ctx, input)),
  'commitments.reopen': write(({ id }, ctx) => reopenCommitment(ctx, id)),
  'commitments.forEmployer': read(({ employerId }, ctx) => commitmentLedger(ctx.db, employerId, ctx.now())),
};
