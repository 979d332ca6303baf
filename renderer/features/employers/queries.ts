import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProcedureInput } from '../../../shared/contract';
import { invoke } from '../../app/client';

export const employerKeys = {
  all: ['employers'] as const,
  list: (filters: unknown) => ['employers', 'list', filters] as const,
  one: (id: string) => ['employers', 'one', id] as const,
};

export function useEmployer(id: string) {
  return useQuery({ queryKey: employerKeys.one(id), queryFn: () => invoke('employers.get', { id }) });
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

/** Any change to an employer can move it in every list, so all employer queries refresh. */
function useEmployerMutation<
  P extends 'employers.create' | 'employers.update' | 'employers.archive' | 'employers.restore',
>(procedure: P) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcedureInput<P>) => invoke(procedure, input as never),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: employerKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['app', 'info'] });
    },
  });
}

export const useCreateEmployer = () => useEmployerMutation('employers.create');
export const useUpdateEmployer = () => useEmployerMutation('employers.update');
export const useArchiveEmployer = () => useEmployerMutation('employers.archive');
export const useRestoreEmployer = () => useEmployerMutation('employers.restore');

export function useLoadSampleData() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => invoke('app.loadSampleData'),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
