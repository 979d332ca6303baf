import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../app/client';
import { useRecordMutation } from '../../app/mutations';

export function useEvidence(referralId: string) {
  return useQuery({
    queryKey: ['evidence', referralId],
    queryFn: () => invoke('evidence.list', { referralId }),
  });
}

export const useAttachEvidence = () => useRecordMutation('evidence.attach');
export const useRemoveEvidence = () => useRecordMutation('evidence.remove');
