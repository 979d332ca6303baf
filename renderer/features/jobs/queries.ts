import { useRecordMutation } from '../../app/mutations';
import { queryKeys } from '../../app/queries';

export const jobsQueries = queryKeys('jobs');

export const useCancelJob = () => useRecordMutation('jobs.cancel', { refresh: 'nothing' });
