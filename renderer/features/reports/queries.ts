import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { FunderReportInput } from '../../../shared/reports/schema';
import { useRecordMutation } from '../../app/mutations';
import { queryKeys } from '../../app/queries';

export const reportsQueries = queryKeys('reports');

export const useFunderReport = (input: FunderReportInput) =>
  useQuery({ ...reportsQueries.query('reports.funder', input), placeholderData: keepPreviousData });
export const useFunders = () => useQuery(reportsQueries.query('reports.funders'));

export const useExportReport = () => useRecordMutation('reports.export', { refresh: 'nothing' });
