import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../app/client';
import { useRecordMutation } from '../../app/mutations';

export function useCommitmentLedger(employerId: string) {
  return useQuery({
    queryKey: ['commitments', employerId],
    queryFn: () => invoke('commitments.forEmployer', { employerId }),
  });
}

export const useCreateCommitment = () => useRecordMutation('commitments.create');
export const useResolveCommitment = () => useRecordMutation('commitments.resolve');
export const useUpdateCommitment = () => useRecordMutation('commitments.update');
