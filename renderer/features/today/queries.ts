import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../app/client';

export function useToday() {
  return useQuery({ queryKey: ['today'], queryFn: () => invoke('today.get') });
}
