// Reports for funders: figures for a period, cut by programme or funder, exported with any
// chosen case studies as PDF, Word, Excel or CSV.
import { effect, read, type Handlers } from '../../kernel/context';
import { funderReport } from './funder';
import { exportReport } from './export';

export type ReportsHandlers = Handlers<'reports.funder' | 'reports.funders' | 'reports.export'>;

export const reportsHandlers: ReportsHandlers = {
  'reports.funder': read((input, ctx) => funderReport(ctx.db, input, ctx.now())),
  'reports.funders': read(async (_input, ctx) => {
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
  'reports.export': effect((input, ctx) => exportReport(ctx, input)),
};
