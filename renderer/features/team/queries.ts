import { useQuery } from '@tanstack/react-query';
import { useRecordMutation } from '../../app/mutations';
import { queryKeys } from '../../app/queries';

export const teamQueries = queryKeys('team');

export const useTeamStatus = () => useQuery(teamQueries.query('team.status'));
/** Whose work a thing is matters once a record is shared: "by Sam Taylor" shows then. */
export const useInTeam = () => Boolean(useTeamStatus().data?.team);
export const useTeamConflicts = () => useQuery(teamQueries.query('team.conflicts'));
export const useTeamMembers = () => useQuery(teamQueries.query('team.members'));
export const useJoinCode = (enabled: boolean) => useQuery({ ...teamQueries.query('team.joinCode'), enabled });
export const useRemoveMember = () => useRecordMutation('team.removeMember');
export const useCreateTeam = () => useRecordMutation('team.create');
// Joining replaces the empty record with the team's: nothing read before still stands.
export const useJoinTeam = () => useRecordMutation('team.join', { refresh: 'forget' });
export const useSyncTeam = () => useRecordMutation('team.sync');
export const useResolveConflict = () => useRecordMutation('team.resolveConflict');
