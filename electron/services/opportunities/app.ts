// What employers offer: vacancies, interviews, trials, placements, courses and the rest.
// Each may come from a promise or a contact, and counts towards a programme.
import { mutation, query, type Handlers } from '../context';
import { archiveOpportunity, createOpportunity, listOpportunities, updateOpportunity } from './opportunity';

export type OpportunitiesHandlers = Handlers<
  | 'opportunities.create'
  | 'opportunities.update'
  | 'opportunities.list'
  | 'opportunities.archive'
  | 'opportunities.restore'
>;

export const opportunitiesHandlers: OpportunitiesHandlers = {
  'opportunities.create': mutation((input, ctx) => createOpportunity(ctx, input)),
  'opportunities.update': mutation((input, ctx) => updateOpportunity(ctx, input)),
  'opportunities.list': query((input, ctx) => listOpportunities(ctx.db, input, ctx.now())),
  'opportunities.archive': mutation(({ id }, ctx) => archiveOpportunity(ctx, id, true)),
  'opportunities.restore': mutation(({ id }, ctx) => archiveOpportunity(ctx, id, false)),
};
