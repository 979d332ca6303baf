// Funded programmes: what interactions, opportunities and referrals can be counted towards,
// and the funder's own points for checking that a job lasted.
import { write, read, type Handlers } from '../../kernel/context';
import { createProgramme, listProgrammes, updateProgramme } from './programme';

export type ProgrammesHandlers = Handlers<'programmes.create' | 'programmes.update' | 'programmes.list'>;

export const programmesHandlers: ProgrammesHandlers = {
  'programmes.create': write((input, ctx) => createProgramme(ctx, input)),
  'programmes.update': write((input, ctx) => updateProgramme(ctx, input)),
  'programmes.list': read((_input, ctx) => listProgrammes(ctx.db)),
};
