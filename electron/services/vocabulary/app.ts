import { query, type Handlers } from '../context';
import { listVocabulary } from './codes';

export type VocabularyHandlers = Handlers<'vocabulary.list'>;

export const vocabularyHandlers: VocabularyHandlers = {
  'vocabulary.list': query((_input, ctx) => listVocabulary(ctx.db)),
};
