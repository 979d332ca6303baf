import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../app/client';
import { useRecordMutation } from '../../app/mutations';

export const employerKeys = {
  all: ['employers'] as const,
  list: (filters: unknown) => ['employers', 'list', filters] as const,
  one: (id: string) => ['employers', 'one', id] as const,
};

export function useEmployer(id: string) {
  return useQuery({
    queryKey: employerKeys.one(id),
    queryFn: () => invoke('employers.get', { id }),
    enabled: id !== '',
  });
}

export function useEmployerOverview(id: string) {
  return useQuery({
    queryKey: ['employers', 'overview', id],
    queryFn: () => invoke('employers.overview', { id }),
    enabled: id !== '',
  });
}

export function useLocalities() {
  return useQuery({ queryKey: ['employers', 'localities'], queryFn: () => invoke('employers.localities') });
}

export function useSimilarEmployers(name: string, excludeId?: string) {
  return useQuery({
    queryKey: ['employers', 'similar', name, excludeId],
    queryFn: () => invoke('employers.findSimilar', { name, excludeId }),
    enabled: name.trim().length > 1,
  });
}

/** Employers whose name contains the text, for pickers. */
export function useEmployerChoices(text: string) {
  return useQuery({
    queryKey: ['employers', 'choices', text],
    queryFn: () => invoke('employers.list', { query: text || undefined, limit: 30 }),
  });
}

export const useCreateEmployer = () => useRecordMutation('employers.create');
export const useUpdateEmployer = () => useRecordMutation('employers.update');
export const useArchiveEmployer = () => useRecordMutation('employers.archive');
export const useRestoreEmployer = () => useRecordMutation('employers.restore');
export const useLoadSampleData = () => useRecordMutation('app.loadSampleData');
