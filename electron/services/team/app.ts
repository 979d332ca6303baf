// A record shared by a team through a folder their cloud drive syncs.
import { effect, read, write, type Handlers } from '../../kernel/context';
import { joinTeam } from './join';
import { syncTeam } from './share';
import { listMembers } from './members';
import { removeMember } from './remove';
import { createTeam, joinCode, listConflicts, resolveConflict, teamStatus } from './team';

export type TeamHandlers = Handlers<
  | 'team.create'
  | 'team.join'
  | 'team.status'
  | 'team.sync'
  | 'team.conflicts'
  | 'team.resolveConflict'
  | 'team.members'
  | 'team.removeMember'
  | 'team.joinCode'
>;

export const teamHandlers: TeamHandlers = {
  'team.create': effect((input, ctx) => createTeam(ctx, input)),
  'team.status': read((_input, ctx) => teamStatus(ctx)),
  'team.sync': effect((_input, ctx) => syncTeam(ctx)),
  'team.join': effect((input, ctx) => joinTeam(ctx, input)),
  'team.conflicts': read((_input, ctx) => listConflicts(ctx)),
  'team.resolveConflict': write((input, ctx) => resolveConflict(ctx, input)),
  'team.members': read((_input, ctx) => listMembers(ctx)),
  'team.removeMember': effect((input, ctx) => removeMember(ctx, input)),
  'team.joinCode': read((_input, ctx) => joinCode(ctx)),
};
