import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TrashKind } from '../../../shared/trash/schema';
import { useRecordMutation } from '../../app/mutations';
import { queryKeys } from '../../app/queries';

export const trashQueries = queryKeys('trash');

export const useTrash = (kind: TrashKind | null, limit: number) =>
  useQuery({
    ...trashQueries.query('trash.list', { kind: kind ?? undefined, limit }),
    placeholderData: keepPreviousData,
  });

export const useRestoreFromTrash = () => useRecordMutation('trash.restore');
export const usePurge = () => useRecordMutation('trash.purge');
