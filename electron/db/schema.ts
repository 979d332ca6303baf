// Kysely's view of the database, in camelCase (the CamelCasePlugin maps to snake_case columns).
import type { Generated } from 'kysely';
import type { Evidence } from '../../shared/evidence/schema';
import type { Opportunity } from '../../shared/opportunities/schema';

type Timestamps = {
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

export type EmployerTable = Timestamps & {
  id: string;
  name: string;
  nameKey: string;
  sector: string | null;
  sizeBand: string | null;
  ownership: string | null;
  locality: string | null;
  isBranchOfNational: number;
  localRecruitmentDiscretion: number | null;
  livingWageEmployer: number | null;
  collectiveAgreement: number | null;
  website: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  postcode: string | null;
  approach: string | null;
  phase: string;
  depth: number | null;
  accountOwner: string | null;
  notes: string | null;
  phaseSince: string | null;
  // Kept up to date by triggers (migration 004); never written by the services.
  lastContactAt: Generated<string | null>;
  followUpOn: Generated<string | null>;
  followUpInteractionId: Generated<string | null>;
  latestPersonContactAt: Generated<string | null>;
  secondPersonContactAt: Generated<string | null>;
  orphaned: Generated<number>;
  weOweDueOn: Generated<string | null>;
  theyOweDueOn: Generated<string | null>;
  trustWeakenedLevels: Generated<number>;
};

export type VocabularyTable = Timestamps & {
  list: string;
  code: string;
  label: string;
  help: string | null;
  sortOrder: number;
};

export type SettingTable = Timestamps & {
  key: string;
  value: string;
};

export type ChangeLogTable = {
  id: string;
  at: string;
  actor: string;
  procedure: string;
  entity: string;
  entityId: string;
  // insert, update and delete: a row a change set touched; the others: lines from before change sets.
  action: 'insert' | 'update' | 'delete' | 'create' | 'archive' | 'restore' | 'import' | 'purge' | 'erase';
  before: string | null;
  after: string | null;
  seq: Generated<number>;
  changeSetId: string | null;
};

export type ChangeSetTable = {
  id: string;
  hlc: string;
  deviceId: string;
  actor: string;
  procedure: string;
  sentence: string;
  at: string;
  undoable: number;
  undoes: string | null;
  redoes: string | null;
  undoneBy: string | null;
  /** A colleague's change set: each other laptop's newest change set its laptop had (JSON). */
  seen: Generated<string | null>;
};

export type TeamTable = {
  id: string;
  name: string;
  folder: string;
  key: Uint8Array;
  /** The newest of this laptop's change sets that needs no sharing (written, or from before joining). */
  sharedThrough: string | null;
  /** The clock time of the last change set this laptop wrote as a file: each file names the one before. */
  lastShared: string | null;
  joinedAt: string;
  syncedAt: string | null;
  /** This laptop's key pair, for receiving a new team key when someone is taken out. */
  publicKey: Uint8Array | null;
  secretKey: Uint8Array | null;
  /** Keys the team used before (base64, JSON), for files written just as the key changed. */
  retiredKeys: string;
};

export type TeamConflictTable = {
  id: string;
  entity: string;
  entityId: string;
  field: string;
  /** Both as JSON, as the change log holds values. */
  kept: string | null;
  other: string | null;
  keptChangeSetId: string | null;
  otherChangeSetId: string;
  foundAt: string;
  resolvedAt: string | null;
};

export type PersonTable = Timestamps & {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  /** Further phone numbers and email addresses, one on each line. */
  otherPhones: string | null;
  otherEmails: string | null;
  preferredChannel: string | null;
  notes: string | null;
  keptReason?: string | null;
  keptOn?: string | null;
};

export type ReviewFlagTable = {
  id: string;
  entity: string;
  entityId: string;
  employerId: string | null;
  reason: string;
  createdAt: string;
  resolvedAt: string | null;
};

/** Two records the person said are not the same employer or person: never offered as duplicates again. */
export type NotDuplicateTable = {
  id: string;
  kind: 'employer' | 'person';
  firstId: string;
  secondId: string;
  createdAt: string;
};

export type AffiliationTable = Timestamps & {
  id: string;
  personId: string;
  employerId: string;
  roleTitle: string | null;
  isPrimary: number;
  startedOn: string | null;
  endedOn: string | null;
};

export type InteractionTable = Timestamps & {
  id: string;
  employerId: string;
  kind: string;
  status: 'planned' | 'done' | 'cancelled';
  occurredAt: string;
  summary: string;
  notes: string | null;
  followUpOn: string | null;
  followUpNote: Generated<string | null>;
  programmeId: Generated<string | null>;
  /** The Message-ID of the email it was logged from, or the UID of the invitation. */
  messageId: Generated<string | null>;
};

export type InteractionPersonTable = { interactionId: string; personId: string };

export type TrustNoteTable = Timestamps & {
  id: string;
  employerId: string;
  personId: string | null;
  interactionId: string | null;
  level: string;
  direction: string;
  observation: string;
  observedOn: string;
};

export type CommitmentTable = Timestamps & {
  id: string;
  employerId: string;
  party: 'employer' | 'us';
  description: string;
  kind: string | null;
  dueOn: string | null;
  status: 'open' | 'kept' | 'broken' | 'released';
  /** The day it was made: the contact's day, or the day it was recorded, unless said otherwise. */
  madeOn: string;
  resolvedOn: string | null;
  resolutionNote: string | null;
  interactionId: string | null;
};

export type AssessmentTable = Timestamps & {
  id: string;
  employerId: string;
  assessedOn: string;
  depth: number;
  suggestedDepth: number | null;
  /** JSON arrays of engagement role codes; `rolesTheirs` is null when the employer's view is not known. */
  rolesOurs: string;
  rolesTheirs: string | null;
  indirect: number;
  /** JSON array of benefit codes. */
  benefits: string;
  rationale: string | null;
};

export type PhaseChangeTable = Timestamps & {
  id: string;
  employerId: string;
  fromPhase: string | null;
  toPhase: string;
  changedOn: string;
  route: string | null;
  reason: string | null;
  declined: number;
  note: string | null;
};

export type ProgrammeTable = Timestamps & {
  id: string;
  name: string;
  funder: string | null;
  startsOn: string | null;
  endsOn: string | null;
  /** JSON array of the weeks after a start at which the programme checks a job is sustained. */
  checkWeeks: string;
  outcomeDefinitions: string | null;
  /** JSON: each programme target set (see shared/programmes/targets.ts) and its number. */
  targets: string;
};

export type OpportunityTable = Opportunity;

export type ReferralTable = Timestamps & {
  id: string;
  opportunityId: string;
  employerId: string;
  programmeId: string | null;
  reference: string;
  stage: string;
  reached: number;
  progressed: number;
  referredOn: string;
  interviewedOn: string | null;
  offeredOn: string | null;
  startedOn: string | null;
  sustained13On: string | null;
  sustained26On: string | null;
  exitedOn: string | null;
  startHourlyPay: number | null;
  startWeeklyHours: number | null;
};

export type ReferralStepTable = Timestamps & {
  id: string;
  referralId: string;
  employerId: string;
  stage: string;
  steppedOn: string;
  feedback: string | null;
};

export type SustainmentCheckTable = Timestamps & {
  id: string;
  referralId: string;
  employerId: string;
  weeks: number;
  dueOn: string;
  status: 'due' | 'in_work' | 'left' | 'cancelled';
  checkedOn: string | null;
};

export type ProgressionTable = Timestamps & {
  id: string;
  referralId: string;
  employerId: string;
  changedOn: string;
  hourlyPayBefore: number | null;
  hourlyPayAfter: number | null;
  weeklyHoursBefore: number | null;
  weeklyHoursAfter: number | null;
  sameEmployer: number;
  contractChange: string | null;
  counts: number;
  note: string | null;
};

export type EvidenceTable = Evidence & { storedName: string | null; updatedAt: string };

export type CaseStudyTable = Timestamps & {
  id: string;
  employerId: string;
  title: string;
  periodFrom: string;
  periodTo: string;
  /** JSON: the six sections and the employer's quote, as Markdown. */
  sections: string;
  /** JSON array of the timeline items picked as highlights ({ type, key }). */
  highlights: string;
  anonymise: number;
  /** JSON: who agreed to the employer being named, when and how; null until given. */
  consent: string | null;
  /** JSON array of words the check before export keeps on purpose. */
  keptNames: string;
  status: 'draft' | 'final';
};

export type CaseStudyVersionTable = {
  id: string;
  caseStudyId: string;
  savedAt: string;
  title: string;
  sections: string;
};

export type EmployerContactTable = { employerId: string; personId: string; lastContactAt: string };

export type Database = {
  employer: EmployerTable;
  person: PersonTable;
  affiliation: AffiliationTable;
  interaction: InteractionTable;
  interactionPerson: InteractionPersonTable;
  trustNote: TrustNoteTable;
  commitment: CommitmentTable;
  assessment: AssessmentTable;
  phaseChange: PhaseChangeTable;
  employerContact: EmployerContactTable;
  programme: ProgrammeTable;
  opportunity: OpportunityTable;
  referral: ReferralTable;
  referralStep: ReferralStepTable;
  sustainmentCheck: SustainmentCheckTable;
  progression: ProgressionTable;
  evidence: EvidenceTable;
  team: TeamTable;
  teamConflict: TeamConflictTable;
  caseStudy: CaseStudyTable;
  caseStudyVersion: CaseStudyVersionTable;
  vocabulary: VocabularyTable;
  setting: SettingTable;
  changeLog: ChangeLogTable;
  changeSet: ChangeSetTable;
  reviewFlag: ReviewFlagTable;
  notDuplicate: NotDuplicateTable;
};
