import { read, type Handlers } from '../../kernel/context';
import { listVocabulary } from './codes';

export type VocabularyHandlers = Handlers<'vocabulary.list'>;

export const vocabularyHandlers: VocabularyHandlers = {
  'vocabulary.list': read((_input, ctx) => listVocabulary(ctx.db)),
};
