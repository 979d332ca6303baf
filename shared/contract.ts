// The one contract between the renderer and the backend: every procedure's name,
// its input schema and the type of what it returns. Both sides are typed from this.
import { z } from 'zod';
import {
  createEmployerInput,
  employerId,
  findSimilarInput,
  listEmployersInput,
  updateEmployerInput,
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
import {
  createAffiliationInput,
  createPersonInput,
  endAffiliationInput,
  listPeopleInput,
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
import type { EmployerHealth } from './health/schema';
import { finishWelcomeInput, updateSettingsInput, type Settings } from './settings/schema';
import type { TodayView } from './today/schema';
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
  erasePersonInput,
  keepPersonInput,
  resolveFlagInput,
  retentionReviewInput,
  subjectAccessInput,
  type Erasure,
  type RetentionCandidate,
  type ReviewFlag,
} from './privacy/schema';
import { setPassphraseInput, unlockInput } from './security/schema';
import { listTrashInput, purgeTrashInput, restoreTrashInput, type PurgeResult, type TrashPage } from './trash/schema';
import {
  cancelImportInput,
  commitImportInput,
  previewImportInput,
  type ImportPreview,
  type ImportSummary,
} from './imports/schema';

function procedure<Output>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, output: undefined as unknown as Output });
}

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
  'employers.create': procedure<Employer>()(createEmployerInput),
  'employers.update': procedure<Employer>()(updateEmployerInput),
  'employers.get': procedure<Employer>()(byId),
  'employers.list': procedure<EmployerPage>()(listEmployersInput),
  'employers.archive': procedure<Employer>()(byId),
  'employers.restore': procedure<Employer>()(byId),
  'employers.findSimilar': procedure<SimilarEmployer[]>()(findSimilarInput),
  'employers.localities': procedure<string[]>()(nothing),
  'employers.overview': procedure<EmployerOverview>()(byId),
  'employers.movePhase': procedure<Employer>()(movePhaseInput),
  'people.create': procedure<Person>()(createPersonInput),
  'people.update': procedure<Person>()(updatePersonInput),
  'people.get': procedure<Person>()(z.object({ id: personId })),
  'people.list': procedure<PeoplePage>()(listPeopleInput),
  'people.archive': procedure<Person>()(z.object({ id: personId })),
  'people.restore': procedure<Person>()(z.object({ id: personId })),
  'affiliations.create': procedure<Affiliation>()(createAffiliationInput),
  'affiliations.end': procedure<{ ended: Affiliation; started: Affiliation | null }>()(endAffiliationInput),
  'affiliations.setPrimary': procedure<Affiliation>()(setPrimaryInput),
  'interactions.create': procedure<Interaction>()(interactionFields),
  'interactions.update': procedure<Interaction>()(updateInteractionInput),
  'interactions.complete': procedure<Interaction>()(completeInteractionInput),
  'interactions.archive': procedure<Interaction>()(z.object({ id: interactionId })),
  'interactions.restore': procedure<Interaction>()(z.object({ id: interactionId })),
  'interactions.get': procedure<Interaction>()(z.object({ id: interactionId })),
  'interactions.snoozeFollowUp': procedure<Interaction>()(snoozeFollowUpInput),
  'timeline.forEmployer': procedure<TimelinePage>()(employerTimelineInput),
  'timeline.forPerson': procedure<TimelinePage>()(personTimelineInput),
  'search.query': procedure<SearchResults>()(searchInput),
  'trust.create': procedure<TrustNote>()(trustFields),
  'trust.update': procedure<TrustNote>()(updateTrustInput),
  'trust.archive': procedure<TrustNote>()(z.object({ id: recordId('Choose a trust note') })),
  'trust.restore': procedure<TrustNote>()(z.object({ id: recordId('Choose a trust note') })),
  'commitments.create': procedure<Commitment>()(commitmentFields),
  'commitments.update': procedure<Commitment>()(updateCommitmentInput),
  'commitments.resolve': procedure<Commitment>()(resolveCommitmentInput),
  'commitments.reopen': procedure<Commitment>()(z.object({ id: recordId('Choose a commitment') })),
  'commitments.forEmployer': procedure<CommitmentLedger>()(employerScope),
  'trust.forEmployer': procedure<TrustNote[]>()(employerScope),
  'assessments.create': procedure<Assessment>()(assessmentFields),
  'assessments.suggest': procedure<DepthSuggestion>()(employerScope),
  'assessments.forEmployer': procedure<Assessment[]>()(employerScope),
  'health.forEmployer': procedure<EmployerHealth>()(employerScope),
  'today.get': procedure<TodayView>()(nothing),
  'settings.get': procedure<Settings>()(nothing),
  'settings.update': procedure<Settings>()(updateSettingsInput),
  'programmes.create': procedure<Programme>()(programmeFields),
  'programmes.update': procedure<Programme>()(updateProgrammeInput),
  'programmes.list': procedure<ProgrammeSummary[]>()(nothing),
  'opportunities.create': procedure<Opportunity>()(opportunityFields),
  'opportunities.update': procedure<Opportunity>()(updateOpportunityInput),
  'opportunities.list': procedure<OpportunityListItem[]>()(listOpportunitiesInput),
  'opportunities.archive': procedure<Opportunity>()(z.object({ id: recordId('Choose an opportunity') })),
  'opportunities.restore': procedure<Opportunity>()(z.object({ id: recordId('Choose an opportunity') })),
  'referrals.create': procedure<Referral[]>()(createReferralsInput),
  'referrals.advance': procedure<Referral[]>()(advanceReferralsInput),
  'referrals.undoStep': procedure<Referral[]>()(referralIdsInput),
  'referrals.list': procedure<ReferralDetail[]>()(listReferralsInput),
  'referrals.archive': procedure<Referral[]>()(referralIdsInput),
  'referrals.restore': procedure<Referral[]>()(referralIdsInput),
  'referrals.recordCheck': procedure<Referral>()(recordCheckInput),
  'referrals.recordProgression': procedure<ProgressionRecord>()(recordProgressionInput),
  'evidence.attach': procedure<Evidence>()(attachEvidenceInput),
  'evidence.open': procedure<{ path: string }>()(evidenceId),
  'evidence.remove': procedure<Evidence>()(evidenceId),
  'evidence.restore': procedure<Evidence>()(evidenceId),
  'evidence.list': procedure<Evidence[]>()(listEvidenceInput),
  'funnel.forEmployer': procedure<Funnel>()(employerScope),
  'funnel.forProgramme': procedure<Funnel>()(programmeFunnelInput),
  'reports.funder': procedure<FunderReport>()(funderReportInput),
  'reports.funders': procedure<string[]>()(nothing),
  'reports.export': procedure<ExportedFile>()(exportReportInput),
  'caseStudies.draft': procedure<CaseStudy>()(draftCaseStudyInput),
  'caseStudies.update': procedure<CaseStudy>()(updateCaseStudyInput),
  'caseStudies.get': procedure<CaseStudy>()(z.object({ id: recordId('Choose a case study') })),
  'caseStudies.list': procedure<CaseStudySummary[]>()(nothing),
  'caseStudies.highlightChoices': procedure<Highlight[]>()(renderCaseStudyInput),
  'caseStudies.render': procedure<CaseStudyPreview>()(renderCaseStudyInput),
  'caseStudies.export': procedure<ExportedFile>()(exportCaseStudyInput),
  'caseStudies.archive': procedure<CaseStudy>()(z.object({ id: recordId('Choose a case study') })),
  'caseStudies.restore': procedure<CaseStudy>()(z.object({ id: recordId('Choose a case study') })),
  'exports.all': procedure<ExportedFile>()(exportAllInput),
  'exports.table': procedure<ExportedFile>()(exportTableInput),
  'exports.open': procedure<{ opened: boolean }>()(exportedFileInput),
  'exports.showInFolder': procedure<{ shown: boolean }>()(exportedFileInput),
  'backups.list': procedure<{ folder: string; backups: Backup[] }>()(nothing),
  'backups.create': procedure<Backup>()(createBackupInput),
  'backups.restore': procedure<{ restored: boolean }>()(restoreBackupInput),
  'backups.setFolder': procedure<{ folder: string }>()(setBackupsFolderInput),
  'imports.preview': procedure<ImportPreview>()(previewImportInput),
  'imports.commit': procedure<ImportSummary>()(commitImportInput),
  'imports.cancel': procedure<{ cancelled: boolean }>()(cancelImportInput),
  'imports.archive': procedure<ArchiveImport>()(importArchiveInput),
  'trash.list': procedure<TrashPage>()(listTrashInput),
  'trash.restore': procedure<{ restored: boolean }>()(restoreTrashInput),
  'trash.purge': procedure<PurgeResult>()(purgeTrashInput),
  'privacy.erasePerson': procedure<Erasure>()(erasePersonInput),
  'privacy.subjectAccess': procedure<ExportedFile>()(subjectAccessInput),
  'privacy.retentionReview': procedure<RetentionCandidate[]>()(retentionReviewInput),
  'privacy.keepPerson': procedure<Person>()(keepPersonInput),
  'privacy.reviewFlags': procedure<ReviewFlag[]>()(nothing),
  'privacy.resolveFlag': procedure<{ resolved: boolean }>()(resolveFlagInput),
  'security.setPassphrase': procedure<{ encrypted: boolean }>()(setPassphraseInput),
  'security.unlock': procedure<{ unlocked: boolean }>()(unlockInput),
  'security.lock': procedure<{ locked: boolean }>()(nothing),
  'jobs.progress': procedure<JobProgress | null>()(jobInput),
  'jobs.cancel': procedure<{ cancelled: boolean }>()(jobInput),
  'vocabulary.list': procedure<Vocabulary>()(nothing),
  'changes.list': procedure<ChangeList>()(listChangesInput),
  'changes.undo': procedure<UndoResult>()(changeInput),
  'changes.redo': procedure<UndoResult>()(changeInput),
  'app.info': procedure<AppInfo>()(nothing),
  'app.loadSampleData': procedure<SampleCounts>()(nothing),
  'app.finishWelcome': procedure<{ sampleData: SampleCounts | null }>()(finishWelcomeInput),
  'app.removeSampleData': procedure<{ removed: boolean; backup: string }>()(nothing),
} as const;

export type Procedures = typeof procedures;
export type ProcedureName = keyof Procedures;
export type ProcedureInput<P extends ProcedureName> = z.input<Procedures[P]['input']>;
export type ProcedureParsedInput<P extends ProcedureName> = z.output<Procedures[P]['input']>;
export type ProcedureOutput<P extends ProcedureName> = Procedures[P]['output'];

export function isProcedureName(name: unknown): name is ProcedureName {
  return typeof name === 'string' && Object.hasOwn(procedures, name);
}
