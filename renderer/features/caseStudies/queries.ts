import { useQuery } from '@tanstack/react-query';
import { useRecordMutation } from '../../app/mutations';
import { queryKeys } from '../../app/queries';

export const caseStudiesQueries = queryKeys('caseStudies');

export const useCaseStudies = () => useQuery(caseStudiesQueries.query('caseStudies.list'));
export const useCaseStudy = (id: string) => useQuery(caseStudiesQueries.query('caseStudies.get', { id }));
/** Rendered only while someone is looking: every autosave would otherwise render it again. */
export const usePreview = (id: string, enabled = true) =>
  useQuery({ ...caseStudiesQueries.query('caseStudies.render', { id }), enabled });
export const useHighlightChoices = (id: string) =>
  useQuery(caseStudiesQueries.query('caseStudies.highlightChoices', { id }));

export const useDraftCaseStudy = () => useRecordMutation('caseStudies.draft');
export const useExportCaseStudy = () => useRecordMutation('caseStudies.export', { refresh: 'nothing' });
