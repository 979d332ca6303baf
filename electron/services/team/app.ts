// A record shared by a team through a folder their cloud drive syncs.
import { effect, read, write, type Handlers } from '../../kernel/context';
import { joinTeam } from './join';
import { syncTeam } from './share';
import { createTeam, listConflicts, listMembers, resolveConflict, teamStatus } from './team';

export type TeamHandlers = Handlers<
  'team.create' | 'team.join' | 'team.status' | 'team.sync' | 'team.conflicts' | 'team.resolveConflict' | 'team.members'
>;

export const teamHandlers: TeamHandlers = {
  'team.create': effect((input, ctx) => createTeam(ctx, input)),
  'team.status': read((_input, ctx) => teamStatus(ctx)),
  'team.sync': effect((_input, ctx) => syncTeam(ctx)),
  'team.join': effect((input, ctx) => joinTeam(ctx, input)),
  'team.conflicts': read((_input, ctx) => listConflicts(ctx)),
  'team.resolveConflict': write((input, ctx) => resolveConflict(ctx, input)),
  'team.members': read((_input, ctx) => listMembers(ctx)),
};
