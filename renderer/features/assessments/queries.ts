import { useQuery } from '@tanstack/react-query';
import { useRecordMutation } from '../../app/mutations';
import { queryKeys } from '../../app/queries';

export const assessmentsQueries = queryKeys('assessments');

export const useAssessments = (employerId: string) =>
  useQuery(assessmentsQueries.query('assessments.forEmployer', { employerId }));

export const useDepthSuggestion = (employerId: string, enabled = true) =>
  useQuery({ ...assessmentsQueries.query('assessments.suggest', { employerId }), enabled });

export const useCreateAssessment = () => useRecordMutation('assessments.create');
