import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../app/client';
import { useRecordMutation } from '../../app/mutations';

export function useInteraction(id: string | undefined) {
  return useQuery({
    queryKey: ['interactions', 'one', id],
    queryFn: () => invoke('interactions.get', { id: id! }),
    enabled: Boolean(id),
  });
}

export const useCreateInteraction = () => useRecordMutation('interactions.create');
export const useUpdateInteraction = () => useRecordMutation('interactions.update');
export const useCompleteInteraction = () => useRecordMutation('interactions.complete');
export const useArchiveInteraction = () => useRecordMutation('interactions.archive');
