// Changing anything, in one shape: the record, its settings, its files or its keys. Almost any
// change to the record shows up in several places (lists, timelines, counts, search), and the
// data is local, so everything shown asks again after it.
import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import type { ChangeName, ProcedureInput, ProcedureOutput } from '../../shared/contract';
import { invoke } from './client';
import { queryClient } from './queryClient';

/**
 * `forget` when the whole record changed (set up, sample data gone): nothing cached is kept, so no
 * page acts on what was there before. `nothing` for what only writes or opens a file outside the
 * record: nothing shown changes.
 */
export type Refresh = 'everything' | 'forget' | 'nothing';

/** Makes a change and refreshes what is shown; for commands outside a component. */
export async function change<P extends ChangeName>(
  procedure: P,
  input: ProcedureInput<P>,
  refresh: Refresh = 'everything',
): Promise<ProcedureOutput<P>> {
  const value = await invoke(procedure, ...([input] as never as [ProcedureInput<P>]));
  if (refresh === 'everything') await queryClient.invalidateQueries();
  if (refresh === 'forget') await queryClient.resetQueries();
  return value;
}

export type ChangeOptions<P extends ChangeName> = Omit<
  UseMutationOptions<ProcedureOutput<P>, Error, ProcedureInput<P>>,
  'mutationFn'
> & { refresh?: Refresh };

/**
 * The one way a component changes anything. What must happen after a change that can close the
 * component itself (the welcome, the sample data banner) goes in `options`, which runs even then.
 */
export function useRecordMutation<P extends ChangeName>(procedure: P, { refresh, ...options }: ChangeOptions<P> = {}) {
  return useMutation({ ...options, mutationFn: (input: ProcedureInput<P>) => change(procedure, input, refresh) });
}
