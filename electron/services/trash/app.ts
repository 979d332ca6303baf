// Trash: everything moved there, across every kind of record; restoring one; deleting for good.
import { mutation, query, type Handlers } from '../context';
import { everythingInTrash, listTrash } from './list';
import { purge } from './purge';
import { inTrashOnly, restorers } from './restore';

export type TrashHandlers = Handlers<'trash.list' | 'trash.restore' | 'trash.purge'>;

export const trashHandlers: TrashHandlers = {
  'trash.list': query((input, ctx) => listTrash(ctx.db, input ?? {})),
  'trash.restore': mutation(async ({ kind, id }, ctx) => {
    await restorers[kind](ctx, id);
    return { restored: true };
  }),
  'trash.purge': mutation(async ({ items, everything }, ctx) => ({
    deleted: await purge(ctx, everything ? await everythingInTrash(ctx.db) : await inTrashOnly(ctx, items ?? [])),
  })),
};
