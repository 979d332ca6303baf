import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../app/client';

export const changesKeys = {
  all: ['changes'] as const,
  recent: (limit: number) => [...changesKeys.all, 'recent', limit] as const,
  next: () => [...changesKeys.all, 'next'] as const,
};

export function useRecentChanges(limit = 50) {
  return useQuery({ queryKey: changesKeys.recent(limit), queryFn: () => invoke('changes.list', { limit }) });
}
