// Funded programmes: what interactions, opportunities and referrals can be counted towards,
// and the funder's own points for checking that a job lasted.
import { mutation, query, type Handlers } from '../context';
import { createProgramme, listProgrammes, updateProgramme } from './programme';

export type ProgrammesHandlers = Handlers<'programmes.create' | 'programmes.update' | 'programmes.list'>;

export const programmesHandlers: ProgrammesHandlers = {
  'programmes.create': mutation((input, ctx) => createProgramme(ctx, input)),
  'programmes.update': mutation((input, ctx) => updateProgramme(ctx, input)),
  'programmes.list': query((_input, ctx) => listProgrammes(ctx.db)),
};
