import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../app/queries';

export const privacyQueries = queryKeys('privacy');

/** Who has had no contact for `years`; asked only when `years` is a whole number of years. */
export const useRetentionReview = (years: number, enabled: boolean) =>
  useQuery({ ...privacyQueries.query('privacy.retentionReview', { years }), enabled });
export const useReviewFlags = () => useQuery(privacyQueries.query('privacy.reviewFlags'));
