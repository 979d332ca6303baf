import { setArchived } from '../trash/archive';
import { mutation, query, type Handlers } from '../context';
import { listEmployers } from './list';
import { employerOverview } from './overview';
import { movePhase } from './phase';
import { getEmployer } from './get';
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
  | 'employers.overview'
  | 'employers.movePhase'
>;

export const employersHandlers: EmployersHandlers = {
  'employers.create': mutation(createEmployer),
  'employers.update': mutation(({ id, expectedUpdatedAt, ...changes }, ctx) =>
    updateEmployer(ctx, id, changes, expectedUpdatedAt),
  ),
  'employers.get': query(({ id }, ctx) => getEmployer(ctx.db, id)),
  'employers.list': query((input, ctx) => listEmployers(ctx.db, input, ctx.now())),
  'employers.archive': mutation(({ id }, ctx) => setArchived(ctx, 'employer', getEmployer, id, true)),
  'employers.restore': mutation(({ id }, ctx) => setArchived(ctx, 'employer', getEmployer, id, false)),
  'employers.findSimilar': query(({ name, excludeId }, ctx) => findSimilarEmployers(ctx.db, name, excludeId)),
  'employers.localities': query((_input, ctx) => listLocalities(ctx.db)),
  'employers.overview': query(({ id }, ctx) => employerOverview(ctx.db, id, ctx.now())),
  'employers.movePhase': mutation((input, ctx) => movePhase(ctx, input)),
};
