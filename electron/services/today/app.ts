// The Today page: what needs doing now, each list bounded and counted, from indexed reads.
import { query, type Handlers } from '../context';
import { today } from './lists';

export type TodayHandlers = Handlers<'today.get'>;

export const todayHandlers: TodayHandlers = {
  'today.get': query((_input, ctx) => today(ctx.db, ctx.now())),
};
