// Importing employers, people and contacts from the spreadsheets people already keep: read the
// file, guess the columns, check every row, then write the lot in one transaction.
import { DomainError } from '../../../shared/result';
import { effect, write, type Handlers } from '../../kernel/context';
import { importArchive } from './archive';
import { commitImport, previewImport } from './wizard';

export type ImportsHandlers = Handlers<'imports.preview' | 'imports.commit' | 'imports.cancel' | 'imports.archive'>;

export const importsHandlers: ImportsHandlers = {
  'imports.preview': effect((input, ctx) => previewImport(ctx, input)),
  'imports.commit': write((input, ctx) => commitImport(ctx, input)),
  // Reads and checks the whole archive before its one change set opens (archive.ts).
  'imports.archive': effect(async ({ file, jobId }, ctx) => {
    const chosen =
      file ?? (await ctx.system.choosePath({ kind: 'archive', title: 'Choose the Bridgework archive to import' }));
    if (!chosen) throw new DomainError('cancelled', 'Nothing was chosen, so nothing changed.');
    return ctx.work.jobs.run(jobId, 2, (job) => importArchive(ctx, chosen, job));
  }),
  'imports.cancel': effect(async ({ importId }, ctx) => {
    const stopped = ctx.work.jobs.cancel(importId);
    return { cancelled: ctx.work.imports.forget(importId) || stopped };
  }),
};
