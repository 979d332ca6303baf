// A static list, not a folder scan: bundlers break loaders that read the migrations folder.
// Append only; the position of a migration is its schema version.
import type { Migration } from 'kysely';
import { initial } from './001_initial';
import { relationshipRecord } from './002_relationship_record';
import { trustAndCommitments } from './003_trust_and_commitments';
import { depthPhasesHealth } from './004_depth_phases_health';
import { opportunitiesReferrals } from './005_opportunities_referrals';
import { reports } from './006_reports';
import { caseStudies } from './007_case_studies';
import { privacy } from './008_privacy';
import { changeSets } from './009_change_sets';
import { foreignKeyIndexes } from './010_foreign_key_indexes';
import { madeOn } from './011_made_on';
import { contactSummaryByChange } from './012_contact_summary_by_change';
import { mergingDuplicates } from './013_merging_duplicates';
import { moreWaysToReach } from './014_more_ways_to_reach';
import { keptNames } from './015_kept_names';
import { programmeTargets } from './016_programme_targets';
import { mailCapture } from './017_mail_capture';
import { team } from './018_team';
import { teamKeys } from './019_team_keys';
import { accountOwnerIndex } from './020_account_owner_index';
import { changeSetSeen } from './021_change_set_seen';

export const migrations: Record<string, Migration> = {
  '001_initial': initial,
  '002_relationship_record': relationshipRecord,
  '003_trust_and_commitments': trustAndCommitments,
  '004_depth_phases_health': depthPhasesHealth,
  '005_opportunities_referrals': opportunitiesReferrals,
  '006_reports': reports,
  '007_case_studies': caseStudies,
  '008_privacy': privacy,
  '009_change_sets': changeSets,
  '010_foreign_key_indexes': foreignKeyIndexes,
  '011_made_on': madeOn,
  '012_contact_summary_by_change': contactSummaryByChange,
  '013_merging_duplicates': mergingDuplicates,
  '014_more_ways_to_reach': moreWaysToReach,
  '015_kept_names': keptNames,
  '016_programme_targets': programmeTargets,
  '017_mail_capture': mailCapture,
  '018_team': team,
  '019_team_keys': teamKeys,
  '020_account_owner_index': accountOwnerIndex,
  '021_change_set_seen': changeSetSeen,
};

export const latestSchemaVersion = Object.keys(migrations).length;
