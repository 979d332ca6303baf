import { mutation, type Handlers } from '../context';
import { createAffiliation, endAffiliation, makePrimary } from './affiliation';

export type AffiliationsHandlers = Handlers<'affiliations.create' | 'affiliations.end' | 'affiliations.setPrimary'>;

export const affiliationsHandlers: AffiliationsHandlers = {
  'affiliations.create': mutation((input, ctx) => createAffiliation(ctx, input)),
  'affiliations.end': mutation((input, ctx) => endAffiliation(ctx, input)),
  'affiliations.setPrimary': mutation(({ id, replacePrimary }, ctx) => makePrimary(ctx, id, replacePrimary)),
};
