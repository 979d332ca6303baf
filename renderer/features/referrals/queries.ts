import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../app/client';
import { useRecordMutation } from '../../app/mutations';

export function useReferrals(opportunityId: string) {
  return useQuery({
    queryKey: ['referrals', opportunityId],
    queryFn: () => invoke('referrals.list', { opportunityId }),
  });
}

export const useCreateReferrals = () => useRecordMutation('referrals.create');
export const useAdvanceReferrals = () => useRecordMutation('referrals.advance');
export const useUndoReferralStep = () => useRecordMutation('referrals.undoStep');
export const useArchiveReferrals = () => useRecordMutation('referrals.archive');
export const useRecordCheck = () => useRecordMutation('referrals.recordCheck');
export const useRecordProgression = () => useRecordMutation('referrals.recordProgression');
