// A record shared by a team through a folder their cloud drive already syncs.
import { z } from 'zod';
import { fullPath, requiredText } from '../fields';

export const createTeamInput = z.object({
  name: requiredText(120, 'Give the team a name, such as your charity’s', 'Keep the name to 120 characters or fewer'),
  /** Undefined asks the person to choose. */
  folder: fullPath('Choose the shared folder').optional(),
});

export const joinTeamInput = z.object({
  joinCode: requiredText(400, 'Enter the join code your colleague gave you', 'The join code has 24 words'),
  /** Undefined asks the person to choose. */
  folder: fullPath('Choose the shared folder').optional(),
});

export type TeamCreated = { name: string; folder: string; joinCode: string };
export type TeamJoined = { name: string; folder: string; applied: number };

export const resolveConflictInput = z.object({
  id: z.string().uuid({ error: 'Choose a change to settle' }),
  /** Keep what stands on every laptop now, or put the other change back. */
  keep: z.enum(['standing', 'other']),
});

export type TeamConflict = {
  id: string;
  entity: string;
  entityId: string;
  /** The record as a person knows it: the employer “Greggs plc”. */
  what: string;
  field: string;
  kept: unknown;
  other: unknown;
  /** Who made the change that stands, and the other, where they gave their names. */
  keptBy: string | null;
  otherBy: string | null;
  /** When the second of the two changes was made. */
  changedAt: string;
  foundAt: string;
};

export type TeamStatus = {
  team: {
    id: string;
    name: string;
    folder: string;
    /** This laptop's changes not yet written to the folder. */
    waiting: number;
    syncedAt: string | null;
    /** Why the folder could not be used last time, if it could not. */
    problem: string | null;
  } | null;
};

export type TeamSynced = { shared: number; applied: number };

export const removeMemberInput = z.object({
  device: z.string().min(1, { error: 'Choose a laptop to take out' }).max(100),
});

/** Who was taken out, and the new join code (the old one no longer opens the team). */
export type TeamMemberRemoved = { name: string; joinCode: string };

/** The folder Bridgework makes inside the one chosen, so a shared drive's other files stay apart. */
export const teamFolderName = 'Bridgework team';

export type TeamMember = {
  device: string;
  name: string;
  /** When their laptop last wrote to the folder. */
  lastSeenAt: string;
  you: boolean;
  /** Not seen for 30 days or more: their laptop may be lost, or they may have left. */
  away: boolean;
};
