import { useQuery } from '@tanstack/react-query';
import type { ListEmployersInput } from '../../../shared/employers/schema';
import { useRecordMutation } from '../../app/mutations';
import { queryKeys } from '../../app/queries';

export const employersQueries = queryKeys('employers');

export const useEmployer = (id: string) =>
  useQuery({ ...employersQueries.query('employers.get', { id }), enabled: id !== '' });
export const useEmployerOverview = (id: string) =>
  useQuery({ ...employersQueries.query('employers.overview', { id }), enabled: id !== '' });
export const useLocalities = () => useQuery(employersQueries.query('employers.localities'));
export const useAccountOwners = () => useQuery(employersQueries.query('employers.owners'));
export const useHandOver = () => useRecordMutation('employers.handOver');
export const useSimilarEmployers = (name: string, excludeId?: string) =>
  useQuery({
    ...employersQueries.query('employers.findSimilar', { name, excludeId }),
    enabled: name.trim().length > 1,
  });

/** Employers whose name contains the text, for pickers. */
export const useEmployerChoices = (text: string) =>
  useQuery(employersQueries.query('employers.list', { query: text || undefined, limit: 30 }));

/** How many employers match (and, with no filters, whether there are any at all). */
export const employerCountQuery = (filters: Omit<ListEmployersInput, 'limit' | 'offset'> = {}) =>
  employersQueries.query('employers.list', { ...filters, limit: 1 });

export const useEmployerCount = (filters: Omit<ListEmployersInput, 'limit' | 'offset'> = {}) =>
  useQuery(employerCountQuery(filters));

/** The employers list, a page at a time, for a PagedTable. */
export const employerPages = (input: Omit<ListEmployersInput, 'limit' | 'offset'>) => ({
  queryKey: employersQueries.of('employers.list', input),
  fetchPage: (offset: number, limit: number) => employersQueries.ask('employers.list', { ...input, offset, limit }),
});

export const useCreateEmployer = () => useRecordMutation('employers.create');
export const useUpdateEmployer = () => useRecordMutation('employers.update');
export const useArchiveEmployer = () => useRecordMutation('employers.archive');
export const useRestoreEmployer = () => useRecordMutation('employers.restore');
