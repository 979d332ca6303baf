// Possible duplicates: pairs of employers or people that may be one recorded twice, each with
// why, to merge (employers.merge, people.merge) or to mark as not the same.
import { write, read, type Handlers } from '../../kernel/context';
import { possibleDuplicateEmployers } from './employers';
import { markNotTheSame, notTheSameSentence } from './notTheSame';
import { possibleDuplicatePeople } from './people';

export type DuplicatesHandlers = Handlers<'duplicates.list' | 'duplicates.notTheSame'>;

export const duplicatesHandlers: DuplicatesHandlers = {
  'duplicates.list': read(({ kind }, ctx) =>
    kind === 'employer' ? possibleDuplicateEmployers(ctx.db) : possibleDuplicatePeople(ctx.db),
  ),
  'duplicates.notTheSame': write(
    (input, ctx) => markNotTheSame(ctx, input),
    (input) => ({ sentence: (tx) => notTheSameSentence(tx, input) }),
  ),
};
