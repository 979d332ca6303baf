import { useQuery } from '@tanstack/react-query';
import { useRecordMutation } from '../../app/mutations';
import { queryKeys } from '../../app/queries';

export const evidenceQueries = queryKeys('evidence');

export const useEvidence = (referralId: string) => useQuery(evidenceQueries.query('evidence.list', { referralId }));

export const useAttachEvidence = () => useRecordMutation('evidence.attach');
export const useRemoveEvidence = () => useRecordMutation('evidence.remove');
export const useOpenEvidence = () => useRecordMutation('evidence.open', { refresh: 'nothing' });
