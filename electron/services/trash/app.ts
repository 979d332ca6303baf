// Trash: everything moved there, across every kind of record; restoring one; deleting for good.
import { write, read, type Handlers } from '../../kernel/context';
import { everythingInTrash, listTrash } from './list';
import { purge } from './purge';
import { inTrashOnly, restorers } from './restore';

export type TrashHandlers = Handlers<'trash.list' | 'trash.restore' | 'trash.purge'>;

export const trashHandlers: TrashHandlers = {
  'trash.list': read((input, ctx) => listTrash(ctx.db, input ?? {})),
  'trash.restore': write(async ({ kind, id }, ctx) => {
    await restorers[kind](ctx, id);
    return { restored: true };
  }),
  'trash.purge': write(
    async ({ items, everything }, ctx) => ({
      deleted: await purge(ctx, everything ? await everythingInTrash(ctx.db) : await inTrashOnly(ctx, items ?? [])),
    }),
    { undoable: false },
  ),
};
