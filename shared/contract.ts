// The one contract between the renderer and the backend: every procedure's name,
// its input schema and the type of what it returns. Both sides are typed from this.
import { z } from 'zod';
import { listDuplicatesInput, notTheSameInput, type PossibleDuplicates } from './duplicates/schema';
import {
  createEmployerInput,
  employerId,
  findSimilarInput,
  handOverInput,
  listEmployersInput,
  mergeEmployersInput,
  updateEmployerInput,
  type AccountOwner,
  type Employer,
  type EmployerOverview,
  type EmployerPage,
  type SimilarEmployer,
} from './employers/schema';
import {
  completeInteractionInput,
  interactionFields,
  interactionId,
  snoozeFollowUpInput,
  updateInteractionInput,
  type Interaction,
} from './interactions/schema';
import { exportCalendarInput, setCalendarFolderInput, type CalendarFeed } from './calendar/schema';
import {
  createTeamInput,
  joinTeamInput,
  removeMemberInput,
  resolveConflictInput,
  type TeamConflict,
  type TeamCreated,
  type TeamJoined,
  type TeamMember,
  type TeamMemberRemoved,
  type TeamStatus,
  type TeamSynced,
} from './team/schema';
import { commitMailInput, previewMailInput, type MailCommitted, type MailPreview } from './mail/schema';
import {
  createAffiliationInput,
  createPersonInput,
  endAffiliationInput,
  listPeopleInput,
  mergePeopleInput,
  personId,
  setPrimaryInput,
  updatePersonInput,
  type Affiliation,
  type PeoplePage,
  type Person,
} from './people/schema';
import {
  commitmentFields,
  resolveCommitmentInput,
  updateCommitmentInput,
  type Commitment,
  type CommitmentLedger,
} from './commitments/schema';
import { assessmentFields, employerScope, type Assessment, type DepthSuggestion } from './assessments/schema';
import { movePhaseInput } from './employers/phase';
import type { EmployerHealth } from './health/signals';
import { finishWelcomeInput, updateSettingsInput, type Settings } from './settings/schema';
import { todayInput, type TodayView } from './today/schema';
import { searchInput, type SearchResults } from './search/schema';
import { trustFields, updateTrustInput, type TrustNote } from './trust/schema';
import { employerTimelineInput, personTimelineInput, type TimelinePage } from './timeline/schema';
import { recordId } from './fields';
import { changeInput, listChangesInput, type ChangeList, type UndoResult } from './changes/schema';
import { programmeFields, updateProgrammeInput, type Programme, type ProgrammeSummary } from './programmes/schema';
import {
  listOpportunitiesInput,
  opportunityFields,
  updateOpportunityInput,
  type Opportunity,
  type OpportunityListItem,
} from './opportunities/schema';
import {
  advanceReferralsInput,
  createReferralsInput,
  listReferralsInput,
  recordCheckInput,
  recordProgressionInput,
  referralIdsInput,
  type ProgressionRecord,
  type Referral,
  type ReferralDetail,
} from './referrals/schema';
import { attachEvidenceInput, evidenceId, listEvidenceInput, type Evidence } from './evidence/schema';
import { programmeFunnelInput, type Funnel } from './funnel/schema';
import { exportReportInput, funderReportInput, type FunderReport } from './reports/schema';
import {
  draftCaseStudyInput,
  exportCaseStudyInput,
  renderCaseStudyInput,
  updateCaseStudyInput,
  type CaseStudy,
  type CaseStudyPreview,
  type CaseStudySummary,
  type Highlight,
} from './caseStudies/schema';
import {
  exportAllInput,
  exportedFileInput,
  exportTableInput,
  importArchiveInput,
  type ArchiveImport,
  type ExportedFile,
} from './exports/schema';
import { jobInput, type JobProgress } from './jobs/schema';
import { createBackupInput, restoreBackupInput, setBackupsFolderInput, type Backup } from './backups/schema';
import type { VocabularyListName } from './vocabulary';
import {
  eraseFromBackupsInput,
  type ErasedFromBackups,
  erasePersonInput,
  keepPersonInput,
  resolveFlagInput,
  retentionReviewInput,
  subjectAccessInput,
  type Erasure,
  type RetentionCandidate,
  type ReviewFlag,
} from './privacy/schema';
import { setPassphraseInput, unlockInput, type OlderBackupsDone } from './security/schema';
import { listTrashInput, purgeTrashInput, restoreTrashInput, type PurgeResult, type TrashPage } from './trash/schema';
import {
  cancelImportInput,
  commitImportInput,
  previewImportInput,
  type ImportPreview,
  type ImportSummary,
} from './imports/schema';

function declare<Kind extends 'read' | 'change'>(kind: Kind) {
  return <Output>() =>
    <Input extends z.ZodType>(input: Input) => ({ kind, input, output: undefined as unknown as Output });
}

/** A question: answers from the record and changes nothing. */
const reads = declare('read');
/** Changes something: the record (one undoable change set), its settings, its files or its keys. */
const changes = declare('change');

const byId = z.object({ id: employerId });
const nothing = z.object({}).optional();

export type VocabularyEntry = { code: string; label: string; help: string | null; sortOrder: number };
export type Vocabulary = Record<VocabularyListName, VocabularyEntry[]>;

export type AppInfo = {
  appVersion: string;
  schemaVersion: number;
  dataDir: string;
  databaseFile: string;
  versions: { node: string; sqlite: string; electron: string | null; chrome: string | null };
  employerCount: number;
  /** The check of the whole file that runs after it opens ('off' where it is not run). */
  integrity: IntegrityState;
  /** A new record that has not been through the welcome yet. */
  firstRun: boolean;
};

export type SampleCounts = { employers: number; people: number; interactions: number };

export type IntegrityState = { state: 'off' | 'checking' | 'ok' | 'damaged'; problems: string[] };

export const procedures = {
  'employers.create': changes<Employer>()(createEmployerInput),
  'employers.update': changes<Employer>()(updateEmployerInput),
  'employers.get': reads<Employer>()(byId),
  'employers.list': reads<EmployerPage>()(listEmployersInput),
  'employers.archive': changes<Employer>()(byId),
  'employers.restore': changes<Employer>()(byId),
  'employers.findSimilar': reads<SimilarEmployer[]>()(findSimilarInput),
  'employers.localities': reads<string[]>()(nothing),
  'employers.owners': reads<AccountOwner[]>()(nothing),
  'employers.handOver': changes<{ handedOver: number }>()(handOverInput),
  'employers.overview': reads<EmployerOverview>()(byId),
  'employers.movePhase': changes<Employer>()(movePhaseInput),
  'employers.merge': changes<Employer>()(mergeEmployersInput),
  'people.create': changes<Person>()(createPersonInput),
  'people.update': changes<Person>()(updatePersonInput),
  'people.get': reads<Person>()(z.object({ id: personId })),
  'people.list': reads<PeoplePage>()(listPeopleInput),
  'people.archive': changes<Person>()(z.object({ id: personId })),
  'people.restore': changes<Person>()(z.object({ id: personId })),
  'people.merge': changes<Person>()(mergePeopleInput),
  'duplicates.list': reads<PossibleDuplicates>()(listDuplicatesInput),
  'duplicates.notTheSame': changes<{ marked: true }>()(notTheSameInput),
  'affiliations.create': changes<Affiliation>()(createAffiliationInput),
  'affiliations.end': changes<{ ended: Affiliation; started: Affiliation | null }>()(endAffiliationInput),
  'affiliations.setPrimary': changes<Affiliation>()(setPrimaryInput),
  'interactions.create': changes<Interaction>()(interactionFields),
  'interactions.update': changes<Interaction>()(updateInteractionInput),
  'interactions.complete': changes<Interaction>()(completeInteractionInput),
  'interactions.archive': changes<Interaction>()(z.object({ id: interactionId })),
  'interactions.restore': changes<Interaction>()(z.object({ id: interactionId })),
  'interactions.get': reads<Interaction>()(z.object({ id: interactionId })),
  'interactions.snoozeFollowUp': changes<Interaction>()(snoozeFollowUpInput),
  'mail.preview': changes<MailPreview>()(previewMailInput),
  'mail.commit': changes<MailCommitted>()(commitMailInput),
  'calendar.export': changes<ExportedFile>()(exportCalendarInput),
  'calendar.feed': reads<CalendarFeed>()(nothing),
  'calendar.setFolder': changes<CalendarFeed>()(setCalendarFolderInput),
  'team.create': changes<TeamCreated>()(createTeamInput),
  'team.status': reads<TeamStatus>()(nothing),
  'team.sync': changes<TeamSynced>()(nothing),
  'team.join': changes<TeamJoined>()(joinTeamInput),
  'team.conflicts': reads<TeamConflict[]>()(nothing),
  'team.resolveConflict': changes<{ resolved: boolean }>()(resolveConflictInput),
  'team.members': reads<TeamMember[]>()(nothing),
  'team.removeMember': changes<TeamMemberRemoved>()(removeMemberInput),
  'team.joinCode': reads<{ joinCode: string }>()(nothing),
  'timeline.forEmployer': reads<TimelinePage>()(employerTimelineInput),
  'timeline.forPerson': reads<TimelinePage>()(personTimelineInput),
  'search.query': reads<SearchResults>()(searchInput),
  'trust.create': changes<TrustNote>()(trustFields),
  'trust.update': changes<TrustNote>()(updateTrustInput),
  'trust.archive': changes<TrustNote>()(z.object({ id: recordId('Choose a trust note') })),
  'trust.restore': changes<TrustNote>()(z.object({ id: recordId('Choose a trust note') })),
  'commitments.create': changes<Commitment>()(commitmentFields),
  'commitments.update': changes<Commitment>()(updateCommitmentInput),
  'commitments.resolve': changes<Commitment>()(resolveCommitmentInput),
  'commitments.reopen': changes<Commitment>()(z.object({ id: recordId('Choose a commitment') })),
  'commitments.forEmployer': reads<CommitmentLedger>()(employerScope),
  'trust.forEmployer': reads<TrustNote[]>()(employerScope),
  'assessments.create': changes<Assessment>()(assessmentFields),
  'assessments.suggest': reads<DepthSuggestion>()(employerScope),
  'assessments.forEmployer': reads<Assessment[]>()(employerScope),
  'health.forEmployer': reads<EmployerHealth>()(employerScope),
  'today.get': reads<TodayView>()(todayInput),
  'settings.get': reads<Settings>()(nothing),
  'settings.update': changes<Settings>()(updateSettingsInput),
  'programmes.create': changes<Programme>()(programmeFields),
  'programmes.update': changes<Programme>()(updateProgrammeInput),
  'programmes.list': reads<ProgrammeSummary[]>()(nothing),
  'opportunities.create': changes<Opportunity>()(opportunityFields),
  'opportunities.update': changes<Opportunity>()(updateOpportunityInput),
  'opportunities.list': reads<OpportunityListItem[]>()(listOpportunitiesInput),
  'opportunities.archive': changes<Opportunity>()(z.object({ id: recordId('Choose an opportunity') })),
  'opportunities.restore': changes<Opportunity>()(z.object({ id: recordId('Choose an opportunity') })),
  'referrals.create': changes<Referral[]>()(createReferralsInput),
  'referrals.advance': changes<Referral[]>()(advanceReferralsInput),
  'referrals.undoStep': changes<Referral[]>()(referralIdsInput),
  'referrals.list': reads<ReferralDetail[]>()(listReferralsInput),
  'referrals.archive': changes<Referral[]>()(referralIdsInput),
  'referrals.restore': changes<Referral[]>()(referralIdsInput),
  'referrals.recordCheck': changes<Referral>()(recordCheckInput),
  'referrals.recordProgression': changes<ProgressionRecord>()(recordProgressionInput),
  'evidence.attach': changes<Evidence>()(attachEvidenceInput),
  'evidence.open': changes<{ path: string }>()(evidenceId),
  'evidence.remove': changes<Evidence>()(evidenceId),
  'evidence.restore': changes<Evidence>()(evidenceId),
  'evidence.list': reads<Evidence[]>()(listEvidenceInput),
  'funnel.forEmployer': reads<Funnel>()(employerScope),
  'funnel.forProgramme': reads<Funnel>()(programmeFunnelInput),
  'reports.funder': reads<FunderReport>()(funderReportInput),
  'reports.funders': reads<string[]>()(nothing),
  'reports.export': changes<ExportedFile>()(exportReportInput),
  'caseStudies.draft': changes<CaseStudy>()(draftCaseStudyInput),
  'caseStudies.update': changes<CaseStudy>()(updateCaseStudyInput),
  'caseStudies.get': reads<CaseStudy>()(z.object({ id: recordId('Choose a case study') })),
  'caseStudies.list': reads<CaseStudySummary[]>()(nothing),
  'caseStudies.highlightChoices': reads<Highlight[]>()(renderCaseStudyInput),
  'caseStudies.render': reads<CaseStudyPreview>()(renderCaseStudyInput),
  'caseStudies.export': changes<ExportedFile>()(exportCaseStudyInput),
  'caseStudies.archive': changes<CaseStudy>()(z.object({ id: recordId('Choose a case study') })),
  'caseStudies.restore': changes<CaseStudy>()(z.object({ id: recordId('Choose a case study') })),
  'exports.all': changes<ExportedFile>()(exportAllInput),
  'exports.table': changes<ExportedFile>()(exportTableInput),
  'exports.open': changes<{ opened: boolean }>()(exportedFileInput),
  'exports.showInFolder': changes<{ shown: boolean }>()(exportedFileInput),
  'backups.list': reads<{ folder: string; backups: Backup[] }>()(nothing),
  'backups.create': changes<Backup>()(createBackupInput),
  'backups.restore': changes<{ restored: boolean }>()(restoreBackupInput),
  'backups.setFolder': changes<{ folder: string }>()(setBackupsFolderInput),
  'imports.preview': changes<ImportPreview>()(previewImportInput),
  'imports.commit': changes<ImportSummary>()(commitImportInput),
  'imports.cancel': changes<{ cancelled: boolean }>()(cancelImportInput),
  'imports.archive': changes<ArchiveImport>()(importArchiveInput),
  'trash.list': reads<TrashPage>()(listTrashInput),
  'trash.restore': changes<{ restored: boolean }>()(restoreTrashInput),
  'trash.purge': changes<PurgeResult>()(purgeTrashInput),
  'privacy.erasePerson': changes<Erasure>()(erasePersonInput),
  'privacy.eraseFromBackups': changes<ErasedFromBackups>()(eraseFromBackupsInput),
  'privacy.subjectAccess': changes<ExportedFile>()(subjectAccessInput),
  'privacy.retentionReview': reads<RetentionCandidate[]>()(retentionReviewInput),
  'privacy.keepPerson': changes<Person>()(keepPersonInput),
  'privacy.reviewFlags': reads<ReviewFlag[]>()(nothing),
  'privacy.resolveFlag': changes<{ resolved: boolean }>()(resolveFlagInput),
  'security.setPassphrase': changes<{ encrypted: boolean; backups: OlderBackupsDone }>()(setPassphraseInput),
  'security.unlock': changes<{ unlocked: boolean }>()(unlockInput),
  'security.lock': changes<{ locked: boolean }>()(nothing),
  'jobs.progress': reads<JobProgress | null>()(jobInput),
  'jobs.cancel': changes<{ cancelled: boolean }>()(jobInput),
  'vocabulary.list': reads<Vocabulary>()(nothing),
  'changes.list': reads<ChangeList>()(listChangesInput),
  'changes.undo': changes<UndoResult>()(changeInput),
  'changes.redo': changes<UndoResult>()(changeInput),
  'app.info': reads<AppInfo>()(nothing),
  'app.loadSampleData': changes<SampleCounts>()(nothing),
  'app.finishWelcome': changes<{ sampleData: SampleCounts | null }>()(finishWelcomeInput),
  'app.removeSampleData': changes<{ removed: boolean; backup: string }>()(nothing),
} as const;

export type Procedures = typeof procedures;
export type ProcedureName = keyof Procedures;
export type ProcedureInput<P extends ProcedureName> = z.input<Procedures[P]['input']>;
export type ProcedureParsedInput<P extends ProcedureName> = z.output<Procedures[P]['input']>;
export type ProcedureOutput<P extends ProcedureName> = Procedures[P]['output'];
export type ReadName = { [P in ProcedureName]: Procedures[P]['kind'] extends 'read' ? P : never }[ProcedureName];
export type ChangeName = Exclude<ProcedureName, ReadName>;

export function isProcedureName(name: unknown): name is ProcedureName {
  return typeof name === 'string' && Object.hasOwn(procedures, name);
}
