import { useQuery } from '@tanstack/react-query';
import { useRecordMutation } from '../../app/mutations';
import { queryKeys } from '../../app/queries';

export const settingsQueries = queryKeys('settings');

export const useSettings = () => useQuery(settingsQueries.query('settings.get'));
export const useUpdateSettings = () => useRecordMutation('settings.update');
