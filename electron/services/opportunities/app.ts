// What employers offer: vacancies, interviews, trials, placements, courses and the rest.
// Each may come from a promise or a contact, and counts towards a programme.
import { write, read, type Handlers } from '../../kernel/context';
import { archiveOpportunity, createOpportunity, listOpportunities, updateOpportunity } from './opportunity';

export type OpportunitiesHandlers = Handlers<
  | 'opportunities.create'
  | 'opportunities.update'
  | 'opportunities.list'
  | 'opportunities.archive'
  | 'opportunities.restore'
>;

export const opportunitiesHandlers: OpportunitiesHandlers = {
  'opportunities.create': write((input, ctx) => createOpportunity(ctx, input)),
  'opportunities.update': write((input, ctx) => updateOpportunity(ctx, input)),
  'opportunities.list': read((input, ctx) => listOpportunities(ctx.db, input, ctx.now())),
  'opportunities.archive': write(({ id }, ctx) => archiveOpportunity(ctx, id, true)),
  'opportunities.restore': write(({ id }, ctx) => archiveOpportunity(ctx, id, false)),
};
