import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../app/queries';

export const changesQueries = queryKeys('changes');

export const useRecentChanges = (limit = 50) => useQuery(changesQueries.query('changes.list', { limit }));
