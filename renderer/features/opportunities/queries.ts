import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../app/client';
import { useRecordMutation } from '../../app/mutations';

export function useOpportunities(employerId: string) {
  return useQuery({
    queryKey: ['opportunities', employerId],
    queryFn: () => invoke('opportunities.list', { employerId }),
  });
}

export function useEmployerFunnel(employerId: string) {
  return useQuery({
    queryKey: ['funnel', 'employer', employerId],
    queryFn: () => invoke('funnel.forEmployer', { employerId }),
  });
}

export const useCreateOpportunity = () => useRecordMutation('opportunities.create');
export const useUpdateOpportunity = () => useRecordMutation('opportunities.update');
export const useArchiveOpportunity = () => useRecordMutation('opportunities.archive');
