import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../app/queries';

export const todayQueries = queryKeys('today');

export const useToday = () => useQuery(todayQueries.query('today.get'));
