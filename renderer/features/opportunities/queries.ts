import { useQuery } from '@tanstack/react-query';
import { useRecordMutation } from '../../app/mutations';
import { queryKeys } from '../../app/queries';

export const opportunitiesQueries = queryKeys('opportunities');

export const useOpportunities = (employerId: string) =>
  useQuery(opportunitiesQueries.query('opportunities.list', { employerId }));

export const useCreateOpportunity = () => useRecordMutation('opportunities.create');
export const useUpdateOpportunity = () => useRecordMutation('opportunities.update');
export const useArchiveOpportunity = () => useRecordMutation('opportunities.archive');
