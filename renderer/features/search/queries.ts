import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../app/queries';

export const searchQueries = queryKeys('search');

export const useSearch = (text: string) =>
  useQuery({ ...searchQueries.query('search.query', { text }), enabled: text.length > 0 });
