import { useQuery } from '@tanstack/react-query';
import { useRecordMutation } from '../../app/mutations';
import { queryKeys } from '../../app/queries';

export const referralsQueries = queryKeys('referrals');

export const useReferrals = (opportunityId: string) =>
  useQuery(referralsQueries.query('referrals.list', { opportunityId }));

export const useCreateReferrals = () => useRecordMutation('referrals.create');
export const useAdvanceReferrals = () => useRecordMutation('referrals.advance');
export const useUndoReferralStep = () => useRecordMutation('referrals.undoStep');
export const useArchiveReferrals = () => useRecordMutation('referrals.archive');
export const useRecordCheck = () => useRecordMutation('referrals.recordCheck');
export const useRecordProgression = () => useRecordMutation('referrals.recordProgression');
