// One search over employers, people, interactions, trust notes, promises and opportunities. Matches are listed newest first with no
// ranking: ranking scores every match, and a common word matches most of a million rows.
// Whole-word matches come first; words that only start with what was typed fill any space left,
// because a prefix of a common word means merging huge lists of matches.
import { read, type Handlers } from '../../kernel/context';
import { search } from './query';

export type SearchHandlers = Handlers<'search.query'>;

export const searchHandlers: SearchHandlers = {
  'search.query': read(({ text, limit }, ctx) => search(ctx.db, text, limit ?? 8)),
};
