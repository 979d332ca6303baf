import { write, type Handlers } from '../../kernel/context';
import { createAffiliation, endAffiliation, makePrimary } from './affiliation';

export type AffiliationsHandlers = Handlers<'affiliations.create' | 'affiliations.end' | 'affiliations.setPrimary'>;

export const affiliationsHandlers: AffiliationsHandlers = {
  'affiliations.create': write((input, ctx) => createAffiliation(ctx, input)),
  'affiliations.end': write((input, ctx) => endAffiliation(ctx, input)),
  'affiliations.setPrimary': write(({ id, replacePrimary }, ctx) => makePrimary(ctx, id, replacePrimary)),
};
