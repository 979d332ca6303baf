import { useQuery, type QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../app/queries';
import { employerCountQuery } from '../employers/queries';

export const todayQueries = queryKeys('today');

/** Today for everyone's employers, or one account owner's. */
export const useToday = (accountOwner?: string) =>
  useQuery(todayQueries.query('today.get', accountOwner ? { accountOwner } : undefined));

/** Asks for what Today shows, before it is drawn. */
export function prefetchToday(client: QueryClient) {
  void client.prefetchQuery(todayQueries.query('today.get'));
  void client.prefetchQuery(employerCountQuery());
}
