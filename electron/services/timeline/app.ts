// The relationship timeline is a query, not a copy: interactions, the starts and ends of
// people's roles and the relationship's other events (records.ts), merged newest first, one page at a time from a cursor (at, key). Each kind
// is read with its own indexed query, limited to one page, and the pages are merged here.
import { read, type Handlers } from '../../kernel/context';
import { timelinePage } from './page';

export type TimelineHandlers = Handlers<'timeline.forEmployer' | 'timeline.forPerson'>;

export const timelineHandlers: TimelineHandlers = {
  'timeline.forEmployer': read(({ employerId, personId, ...filters }, ctx) =>
    timelinePage(ctx.db, { employerId, personId }, filters),
  ),
  'timeline.forPerson': read(({ personId, ...filters }, ctx) => timelinePage(ctx.db, { personId }, filters)),
};
