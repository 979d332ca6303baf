import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../app/client';
import { useRecordMutation } from '../../app/mutations';

export function useTrustNotes(employerId: string) {
  return useQuery({
    queryKey: ['trust', employerId],
    queryFn: () => invoke('trust.forEmployer', { employerId }),
  });
}

export const useCreateTrustNote = () => useRecordMutation('trust.create');
export const useUpdateTrustNote = () => useRecordMutation('trust.update');
export const useArchiveTrustNote = () => useRecordMutation('trust.archive');
