// Exporting the whole record or one of its lists, and the files Bridgework exported: open one,
// or show it in its folder.
import { effect, type Handlers } from '../../kernel/context';
import { exportArchive } from './archive';
import { requireExportedFile } from './files';
import { exportTable } from './writeTable';

export type ExportsHandlers = Handlers<'exports.all' | 'exports.table' | 'exports.open' | 'exports.showInFolder'>;

export const exportsHandlers: ExportsHandlers = {
  'exports.all': effect((input, ctx) => ctx.work.jobs.run(input?.jobId, 1, (job) => exportArchive(ctx, job))),
  'exports.table': effect(({ table, format, jobId }, ctx) =>
    ctx.work.jobs.run(jobId, 1, (job) => exportTable(ctx, table, format, job)),
  ),
  'exports.open': effect(async ({ name }, ctx) => {
    await ctx.system.openFile(await requireExportedFile(ctx, name));
    return { opened: true };
  }),
  'exports.showInFolder': effect(async ({ name }, ctx) => {
    await ctx.system.showInFolder(await requireExportedFile(ctx, name));
    return { shown: true };
  }),
};
