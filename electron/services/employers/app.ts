import { setArchived } from '../trash/archive';
import { write, read, type Handlers } from '../../kernel/context';
import { listEmployers } from './list';
import { employerOverview } from './overview';
import type { Employer } from '../../../shared/employers/schema';
import { mergeSentence } from '../duplicates/merged';
import { mergeEmployers } from './merge';
import { movePhase } from './phase';
import { getEmployer } from './get';
import { handOver, listOwners } from './owners';
import { createEmployer, findSimilarEmployers, listLocalities, updateEmployer } from './employer';

export type EmployersHandlers = Handlers<
  | 'employers.create'
  | 'employers.update'
  | 'employers.get'
  | 'employers.list'
  | 'employers.archive'
  | 'employers.restore'
  | 'employers.findSimilar'
  | 'employers.localities'
  | 'employers.owners'
  | 'employers.handOver'
  | 'employers.overview'
  | 'employers.movePhase'
  | 'employers.merge'
>;

export const employersHandlers: EmployersHandlers = {
  'employers.create': write(createEmployer),
  'employers.update': write(({ id, expectedUpdatedAt, ...changes }, ctx) =>
    updateEmployer(ctx, id, changes, expectedUpdatedAt),
  ),
  'employers.get': read(({ id }, ctx) => getEmployer(ctx.db, id)),
  'employers.list': read((input, ctx) => listEmployers(ctx.db, input, ctx.now())),
  'employers.archive': write(({ id }, ctx) => setArchived(ctx, 'employer', getEmployer, id, true)),
  'employers.restore': write(({ id }, ctx) => setArchived(ctx, 'employer', getEmployer, id, false)),
  'employers.findSimilar': read(({ name, excludeId }, ctx) => findSimilarEmployers(ctx.db, name, excludeId)),
  'employers.localities': read((_input, ctx) => listLocalities(ctx.db)),
  'employers.owners': read((_input, ctx) => listOwners(ctx.db)),
  'employers.handOver': write((input, ctx) => handOver(ctx, input)),
  'employers.overview': read(({ id }, ctx) => employerOverview(ctx.db, id, ctx.now())),
  'employers.movePhase': write((input, ctx) => movePhase(ctx, input)),
  'employers.merge': write(
    (input, ctx) => mergeEmployers(ctx, input),
    ({ mergeId }) => ({
      sentence: (tx, kept) => mergeSentence(tx, 'employer', mergeId, (kept as Employer).name),
    }),
  ),
};
