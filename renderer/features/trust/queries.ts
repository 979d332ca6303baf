import { useQuery } from '@tanstack/react-query';
import { useRecordMutation } from '../../app/mutations';
import { queryKeys } from '../../app/queries';

export const trustQueries = queryKeys('trust');

export const useTrustNotes = (employerId: string) => useQuery(trustQueries.query('trust.forEmployer', { employerId }));

export const useCreateTrustNote = () => useRecordMutation('trust.create');
export const useUpdateTrustNote = () => useRecordMutation('trust.update');
export const useArchiveTrustNote = () => useRecordMutation('trust.archive');
