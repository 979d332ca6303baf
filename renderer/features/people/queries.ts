import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../app/client';
import { useRecordMutation } from '../../app/mutations';

export function usePerson(id: string) {
  return useQuery({ queryKey: ['people', 'one', id], queryFn: () => invoke('people.get', { id }) });
}

export const useCreatePerson = () => useRecordMutation('people.create');
export const useUpdatePerson = () => useRecordMutation('people.update');
export const useArchivePerson = () => useRecordMutation('people.archive');
