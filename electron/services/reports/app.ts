// Reports for funders: figures for a period, cut by programme or funder.
import { query, type Handlers } from '../context';
import { funderReport } from './funder';

export type ReportsHandlers = Handlers<'reports.funder' | 'reports.funders'>;

export const reportsHandlers: ReportsHandlers = {
  'reports.funder': query((input, ctx) => funderReport(ctx.db, input, ctx.now())),
  'reports.funders': query(async (_input, ctx) => {
    const rows = await ctx.db
      .selectFrom('programme')
      .select('funder')
      .distinct()
      .where('funder', 'is not', null)
      .where('deletedAt', 'is', null)
      .orderBy('funder')
      .execute();
    return rows.map((row) => row.funder!);
  }),
};
