// The small dialogs any page can open for a relationship: a trust note, a promise, settling
// a promise, putting off a follow-up, moving a phase, assessing depth, an opportunity and the
// steps of a referral. One copy of each, here.
import { createContext, useContext, useState, type ReactNode } from 'react';
import type { StartCaseStudyRequest } from '../features/caseStudies/StartCaseStudyModal';
import type { CommitmentRequest } from '../features/commitments/CommitmentModal';
import type { ResolveRequest } from '../features/commitments/ResolveCommitmentModal';
import type { MovePhaseRequest } from '../features/employers/MovePhaseModal';
import type { EvidenceRequest } from '../features/evidence/EvidenceModal';
import type { SnoozeRequest } from '../features/interactions/SnoozeFollowUpModal';
import type { OpportunityRequest } from '../features/opportunities/OpportunityModal';
import type { AdvanceRequest } from '../features/referrals/AdvanceModal';
import type { CheckRequest } from '../features/referrals/CheckModal';
import type { ProgressionRequest } from '../features/referrals/ProgressionModal';
import type { ReferRequest } from '../features/referrals/ReferModal';
import type { TrustNoteRequest } from '../features/trust/TrustNoteModal';
import { lazyNamed } from './lazyNamed';

// Each dialog (and its form) loads the first time it opens.
const AssessDepthModal = lazyNamed(() => import('../features/assessments/AssessDepthModal'), 'AssessDepthModal');
const StartCaseStudyModal = lazyNamed(
  () => import('../features/caseStudies/StartCaseStudyModal'),
  'StartCaseStudyModal',
);
const CommitmentModal = lazyNamed(() => import('../features/commitments/CommitmentModal'), 'CommitmentModal');
const ResolveCommitmentModal = lazyNamed(
  () => import('../features/commitments/ResolveCommitmentModal'),
  'ResolveCommitmentModal',
);
const MovePhaseModal = lazyNamed(() => import('../features/employers/MovePhaseModal'), 'MovePhaseModal');
const EvidenceModal = lazyNamed(() => import('../features/evidence/EvidenceModal'), 'EvidenceModal');
const SnoozeFollowUpModal = lazyNamed(
  () => import('../features/interactions/SnoozeFollowUpModal'),
  'SnoozeFollowUpModal',
);
const OpportunityModal = lazyNamed(() => import('../features/opportunities/OpportunityModal'), 'OpportunityModal');
const AdvanceModal = lazyNamed(() => import('../features/referrals/AdvanceModal'), 'AdvanceModal');
const CheckModal = lazyNamed(() => import('../features/referrals/CheckModal'), 'CheckModal');
const ProgressionModal = lazyNamed(() => import('../features/referrals/ProgressionModal'), 'ProgressionModal');
const ReferModal = lazyNamed(() => import('../features/referrals/ReferModal'), 'ReferModal');
const TrustNoteModal = lazyNamed(() => import('../features/trust/TrustNoteModal'), 'TrustNoteModal');

type Dialogs = {
  addTrustNote: (request: TrustNoteRequest) => void;
  addPromise: (request: CommitmentRequest) => void;
  settlePromise: (request: ResolveRequest) => void;
  snoozeFollowUp: (request: SnoozeRequest) => void;
  movePhase: (request: MovePhaseRequest) => void;
  assessDepth: (employer: { id: string; name: string }) => void;
  addOpportunity: (request: OpportunityRequest) => void;
  refer: (request: ReferRequest) => void;
  advanceReferrals: (request: AdvanceRequest) => void;
  recordCheck: (request: CheckRequest) => void;
  recordProgression: (request: ProgressionRequest) => void;
  showEvidence: (request: EvidenceRequest) => void;
  startCaseStudy: (request: StartCaseStudyRequest) => void;
};

const noop = () => {};
const RecordDialogsContext = createContext<Dialogs>({
  addTrustNote: noop,
  addPromise: noop,
  settlePromise: noop,
  snoozeFollowUp: noop,
  movePhase: noop,
  assessDepth: noop,
  addOpportunity: noop,
  refer: noop,
  advanceReferrals: noop,
  recordCheck: noop,
  recordProgression: noop,
  showEvidence: noop,
  startCaseStudy: noop,
});

export const useRecordDialogs = () => useContext(RecordDialogsContext);

export function RecordDialogsProvider({ children }: { children: ReactNode }) {
  const [trustNote, addTrustNote] = useState<TrustNoteRequest | null>(null);
  const [promise, addPromise] = useState<CommitmentRequest | null>(null);
  const [settling, settlePromise] = useState<ResolveRequest | null>(null);
  const [snoozing, snoozeFollowUp] = useState<SnoozeRequest | null>(null);
  const [moving, movePhase] = useState<MovePhaseRequest | null>(null);
  const [assessing, assessDepth] = useState<{ id: string; name: string } | null>(null);
  const [opportunity, addOpportunity] = useState<OpportunityRequest | null>(null);
  const [referring, refer] = useState<ReferRequest | null>(null);
  const [advancing, advanceReferrals] = useState<AdvanceRequest | null>(null);
  const [checking, recordCheck] = useState<CheckRequest | null>(null);
  const [progressing, recordProgression] = useState<ProgressionRequest | null>(null);
  const [evidence, showEvidence] = useState<EvidenceRequest | null>(null);
  const [caseStudy, startCaseStudy] = useState<StartCaseStudyRequest | null>(null);
  return (
    <RecordDialogsContext.Provider
      value={{
        addTrustNote,
        addPromise,
        settlePromise,
        snoozeFollowUp,
        movePhase,
        assessDepth,
        addOpportunity,
        refer,
        advanceReferrals,
        recordCheck,
        recordProgression,
        showEvidence,
        startCaseStudy,
      }}
    >
      {children}
      {trustNote && <TrustNoteModal request={trustNote} onClose={() => addTrustNote(null)} />}
      {promise && <CommitmentModal request={promise} onClose={() => addPromise(null)} />}
      {settling && <ResolveCommitmentModal request={settling} onClose={() => settlePromise(null)} />}
      {snoozing && <SnoozeFollowUpModal request={snoozing} onClose={() => snoozeFollowUp(null)} />}
      {moving && <MovePhaseModal request={moving} onClose={() => movePhase(null)} />}
      {assessing && <AssessDepthModal employer={assessing} onClose={() => assessDepth(null)} />}
      {opportunity && <OpportunityModal request={opportunity} onClose={() => addOpportunity(null)} />}
      {referring && <ReferModal request={referring} onClose={() => refer(null)} />}
      {advancing && <AdvanceModal request={advancing} onClose={() => advanceReferrals(null)} />}
      {checking && <CheckModal request={checking} onClose={() => recordCheck(null)} />}
      {progressing && <ProgressionModal request={progressing} onClose={() => recordProgression(null)} />}
      {evidence && <EvidenceModal request={evidence} onClose={() => showEvidence(null)} />}
      {caseStudy && <StartCaseStudyModal request={caseStudy} onClose={() => startCaseStudy(null)} />}
    </RecordDialogsContext.Provider>
  );
}
