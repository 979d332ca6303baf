import { queryKeys } from '../../app/queries';

export const timelineQueries = queryKeys('timeline');
