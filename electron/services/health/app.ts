// Relationship health: each signal an employer shows, explained in a sentence.
import { read, type Handlers } from '../../kernel/context';
import { employerHealth } from './explain';

export type HealthHandlers = Handlers<'health.forEmployer'>;

export const healthHandlers: HealthHandlers = {
  'health.forEmployer': read(({ employerId }, ctx) => employerHealth(ctx.db, employerId, ctx.now())),
};
