import { useQuery } from '@tanstack/react-query';
import { useRecordMutation } from '../../app/mutations';
import { queryKeys } from '../../app/queries';

export const backupsQueries = queryKeys('backups');

export const useBackups = () => useQuery(backupsQueries.query('backups.list'));
export const useSetBackupsFolder = () => useRecordMutation('backups.setFolder');
