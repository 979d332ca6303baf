// Importing employers, people and contacts from the spreadsheets people already keep: read the
// file, guess the columns, check every row, then write the lot in one transaction.
import { DomainError } from '../../../shared/result';
import { mutation, query, type Handlers } from '../context';
import { importArchive } from './archive';
import { commitImport, previewImport } from './wizard';

export type ImportsHandlers = Handlers<'imports.preview' | 'imports.commit' | 'imports.cancel' | 'imports.archive'>;

export const importsHandlers: ImportsHandlers = {
  'imports.preview': query((input, ctx) => previewImport(ctx, input)),
  'imports.commit': mutation((input, ctx) => commitImport(ctx, input)),
  'imports.archive': mutation(async ({ file, jobId }, ctx) => {
    const chosen =
      file ?? (await ctx.choosePath({ kind: 'archive', title: 'Choose the Bridgework archive to import' }));
    if (!chosen) throw new DomainError('cancelled', 'Nothing was chosen, so nothing changed.');
    return ctx.jobs.run(jobId, 1, (job) => importArchive(ctx, chosen, job));
  }),
  'imports.cancel': query(async ({ importId }, ctx) => {
    const stopped = ctx.jobs.cancel(importId);
    return { cancelled: ctx.imports.forget(importId) || stopped };
  }),
};
