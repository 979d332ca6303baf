// The Today page: what needs doing now, each list bounded and counted, from indexed reads.
import { read, type Handlers } from '../../kernel/context';
import { today } from './lists';

export type TodayHandlers = Handlers<'today.get'>;

export const todayHandlers: TodayHandlers = {
  'today.get': read((input, ctx) => today(ctx.db, ctx.now(), input?.accountOwner || undefined)),
};
