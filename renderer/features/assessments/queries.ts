import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../app/client';
import { useRecordMutation } from '../../app/mutations';

export function useAssessments(employerId: string) {
  return useQuery({
    queryKey: ['assessments', employerId],
    queryFn: () => invoke('assessments.forEmployer', { employerId }),
  });
}

export function useDepthSuggestion(employerId: string, enabled = true) {
  return useQuery({
    queryKey: ['assessments', 'suggest', employerId],
    queryFn: () => invoke('assessments.suggest', { employerId }),
    enabled,
  });
}

export const useCreateAssessment = () => useRecordMutation('assessments.create');
