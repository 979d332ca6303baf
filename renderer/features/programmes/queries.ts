import { useQuery } from '@tanstack/react-query';
import { useRecordMutation } from '../../app/mutations';
import { queryKeys } from '../../app/queries';

export const programmesQueries = queryKeys('programmes');

export const useProgrammes = () => useQuery(programmesQueries.query('programmes.list'));

/** Programmes as options for a Select; empty when there are none, so the field can be left out. */
export function useProgrammeOptions() {
  const programmes = useProgrammes();
  return (programmes.data ?? []).map((programme) => ({ value: programme.id, label: programme.name }));
}

export const useCreateProgramme = () => useRecordMutation('programmes.create');
export const useUpdateProgramme = () => useRecordMutation('programmes.update');
