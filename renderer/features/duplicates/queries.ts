import { useQuery } from '@tanstack/react-query';
import type { DuplicateKind } from '../../../shared/duplicates/schema';
import { useRecordMutation } from '../../app/mutations';
import { queryKeys } from '../../app/queries';

export const duplicatesQueries = queryKeys('duplicates');

export const usePossibleDuplicates = (kind: DuplicateKind) =>
  useQuery(duplicatesQueries.query('duplicates.list', { kind }));

export const useNotTheSame = () => useRecordMutation('duplicates.notTheSame');
