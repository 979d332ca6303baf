import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../app/client';
import { useRecordMutation } from '../../app/mutations';

export function useCaseStudies() {
  return useQuery({ queryKey: ['caseStudies'], queryFn: () => invoke('caseStudies.list') });
}

export function useCaseStudy(id: string) {
  return useQuery({ queryKey: ['caseStudies', id], queryFn: () => invoke('caseStudies.get', { id }) });
}

export const useDraftCaseStudy = () => useRecordMutation('caseStudies.draft');
