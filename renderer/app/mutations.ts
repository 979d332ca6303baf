import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProcedureInput, ProcedureName } from '../../shared/contract';
import { invoke } from './client';

/**
 * A change to the record. Almost any change shows up in several places (lists, timelines,
 * counts, search), and the data is local, so every query refreshes after it.
 */
export function useRecordMutation<P extends ProcedureName>(procedure: P) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcedureInput<P>) => invoke(procedure, input as never),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
