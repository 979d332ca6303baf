import { useQuery } from '@tanstack/react-query';
import { useRecordMutation } from '../../app/mutations';
import { queryKeys } from '../../app/queries';

export const interactionsQueries = queryKeys('interactions');

export const useInteraction = (id: string | undefined) =>
  useQuery({ ...interactionsQueries.query('interactions.get', { id: id ?? '' }), enabled: Boolean(id) });

export const useCreateInteraction = () => useRecordMutation('interactions.create');
export const useUpdateInteraction = () => useRecordMutation('interactions.update');
export const useCompleteInteraction = () => useRecordMutation('interactions.complete');
export const useArchiveInteraction = () => useRecordMutation('interactions.archive');
