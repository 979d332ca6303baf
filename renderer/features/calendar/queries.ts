import { useQuery } from '@tanstack/react-query';
import { useRecordMutation } from '../../app/mutations';
import { queryKeys } from '../../app/queries';

export const calendarQueries = queryKeys('calendar');

export const useCalendarFeed = () => useQuery(calendarQueries.query('calendar.feed'));
export const useSetCalendarFolder = () => useRecordMutation('calendar.setFolder');
export const useExportToCalendar = () => useRecordMutation('calendar.export', { refresh: 'nothing' });
