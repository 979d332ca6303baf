import { useQuery } from '@tanstack/react-query';
import { useRecordMutation } from '../../app/mutations';
import { queryKeys } from '../../app/queries';

export const commitmentsQueries = queryKeys('commitments');

export const useCommitmentLedger = (employerId: string) =>
  useQuery(commitmentsQueries.query('commitments.forEmployer', { employerId }));

export const useCreateCommitment = () => useRecordMutation('commitments.create');
export const useResolveCommitment = () => useRecordMutation('commitments.resolve');
export const useUpdateCommitment = () => useRecordMutation('commitments.update');
