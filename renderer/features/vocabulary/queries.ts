import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../app/queries';

export const vocabularyQueries = queryKeys('vocabulary');

/** The controlled lists change only through Settings, which refreshes everything. */
export const useVocabularyLists = () =>
  useQuery({ ...vocabularyQueries.query('vocabulary.list'), staleTime: Infinity });
