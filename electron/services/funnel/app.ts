// Referral funnels: how many referrals reached each stage, for an employer, an opportunity or
// a programme and period. Each is one pass over an index of (scope, stage dates).
import { sql } from 'kysely';
import { read, type Handlers } from '../../kernel/context';
import { getEmployer } from '../employers/get';
import { funnelCounts, programmeScope } from './counts';

export type FunnelHandlers = Handlers<'funnel.forEmployer' | 'funnel.forProgramme'>;

export const funnelHandlers: FunnelHandlers = {
  'funnel.forEmployer': read(async ({ employerId }, ctx) => {
    await getEmployer(ctx.db, employerId);
    return { ...(await funnelCounts(ctx.db, sql`r.employer_id = ${employerId}`, ctx.now())), asOf: ctx.now() };
  }),
  'funnel.forProgramme': read(async (input, ctx) => ({
    ...(await funnelCounts(ctx.db, programmeScope(input), ctx.now())),
    asOf: ctx.now(),
  })),
};
