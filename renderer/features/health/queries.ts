import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../app/queries';

export const healthQueries = queryKeys('health');

export const useEmployerHealth = (employerId: string) =>
  useQuery(healthQueries.query('health.forEmployer', { employerId }));
