import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { FunderReportInput } from '../../../shared/reports/schema';
import { invoke } from '../../app/client';

export function useFunderReport(input: FunderReportInput) {
  return useQuery({
    queryKey: ['reports', 'funder', input],
    queryFn: () => invoke('reports.funder', input),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useFunders() {
  return useQuery({ queryKey: ['reports', 'funders'], queryFn: () => invoke('reports.funders') });
}
