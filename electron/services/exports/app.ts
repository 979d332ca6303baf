// The files Bridgework exported: open one, or show it in its folder.
import { query, type Handlers } from '../context';
import { requireExportedFile } from './files';

export type ExportsHandlers = Handlers<'exports.open' | 'exports.showInFolder'>;

export const exportsHandlers: ExportsHandlers = {
  'exports.open': query(async ({ file }, ctx) => {
    await ctx.openFile(await requireExportedFile(ctx, file));
    return { opened: true };
  }),
  'exports.showInFolder': query(async ({ file }, ctx) => {
    await ctx.showInFolder(await requireExportedFile(ctx, file));
    return { shown: true };
  }),
};
