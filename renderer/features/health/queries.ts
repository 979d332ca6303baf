import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../app/client';

export function useEmployerHealth(employerId: string) {
  return useQuery({
    queryKey: ['health', employerId],
    queryFn: () => invoke('health.forEmployer', { employerId }),
  });
}
