import { useQuery } from '@tanstack/react-query';
import { useRecordMutation } from '../../app/mutations';
import { queryKeys } from '../../app/queries';

export const peopleQueries = queryKeys('people');

export const usePerson = (id: string) => useQuery(peopleQueries.query('people.get', { id }));

export const useCreatePerson = () => useRecordMutation('people.create');
export const useUpdatePerson = () => useRecordMutation('people.update');
export const useArchivePerson = () => useRecordMutation('people.archive');

/** How many people match the search. */
export const usePeopleCount = (query: string) =>
  useQuery(peopleQueries.query('people.list', { query: query || undefined, limit: 1 }));

/** The people list, a page at a time, for a PagedTable. */
export const peoplePages = (query: string) => ({
  queryKey: peopleQueries.of('people.list', { query: query || undefined }),
  fetchPage: (offset: number, limit: number) =>
    peopleQueries.ask('people.list', { query: query || undefined, offset, limit }),
});
