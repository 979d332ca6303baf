// Relationship health: each signal an employer shows, explained in a sentence.
import { query, type Handlers } from '../context';
import { employerHealth } from './explain';

export type HealthHandlers = Handlers<'health.forEmployer'>;

export const healthHandlers: HealthHandlers = {
  'health.forEmployer': query(({ employerId }, ctx) => employerHealth(ctx.db, employerId, ctx.now())),
};
