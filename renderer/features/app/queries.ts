import { useQuery } from '@tanstack/react-query';
import { useRecordMutation, type ChangeOptions } from '../../app/mutations';
import { queryKeys } from '../../app/queries';

export const appQueries = queryKeys('app');

/** The record's versions, size and state, asked again every 2 s while its check runs. */
export function useAppInfo() {
  return useQuery({
    ...appQueries.query('app.info'),
    refetchInterval: (query) => (query.state.data?.integrity.state === 'checking' ? 2000 : false),
  });
}

export const useLoadSampleData = () => useRecordMutation('app.loadSampleData');
export const useRemoveSampleData = (options?: ChangeOptions<'app.removeSampleData'>) =>
  useRecordMutation('app.removeSampleData', { ...options, refresh: 'forget' });
export const useFinishWelcome = (options?: ChangeOptions<'app.finishWelcome'>) =>
  useRecordMutation('app.finishWelcome', { ...options, refresh: 'forget' });
