import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../app/queries';

export const funnelQueries = queryKeys('funnel');

export const useEmployerFunnel = (employerId: string) =>
  useQuery(funnelQueries.query('funnel.forEmployer', { employerId }));
export const useProgrammeFunnel = (programmeId: string) =>
  useQuery(funnelQueries.query('funnel.forProgramme', { programmeId }));
