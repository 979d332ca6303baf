// The small dialogs any page can open for a relationship: a trust note, a promise, settling
// a promise, putting off a follow-up, moving a phase, assessing depth, an opportunity and the
// steps of a referral. One copy of each, here.
import { createContext, useContext, useState, type ReactNode } from 'react';
import { AssessDepthModal } from '../features/assessments/AssessDepthModal';
import { StartCaseStudyModal, type StartCaseStudyRequest } from '../features/caseStudies/StartCaseStudyModal';
import { CommitmentModal, type CommitmentRequest } from '../features/commitments/CommitmentModal';
import { ResolveCommitmentModal, type ResolveRequest } from '../features/commitments/ResolveCommitmentModal';
import { MovePhaseModal, type MovePhaseRequest } from '../features/employers/MovePhaseModal';
import { EvidenceModal, type EvidenceRequest } from '../features/evidence/EvidenceModal';
import { SnoozeFollowUpModal, type SnoozeRequest } from '../features/interactions/SnoozeFollowUpModal';
import { OpportunityModal, type OpportunityRequest } from '../features/opportunities/OpportunityModal';
import { AdvanceModal, type AdvanceRequest } from '../features/referrals/AdvanceModal';
import { CheckModal, type CheckRequest } from '../features/referrals/CheckModal';
import { ProgressionModal, type ProgressionRequest } from '../features/referrals/ProgressionModal';
import { ReferModal, type ReferRequest } from '../features/referrals/ReferModal';
import { TrustNoteModal, type TrustNoteRequest } from '../features/trust/TrustNoteModal';

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
      <TrustNoteModal request={trustNote} onClose={() => addTrustNote(null)} />
      <CommitmentModal request={promise} onClose={() => addPromise(null)} />
      <ResolveCommitmentModal request={settling} onClose={() => settlePromise(null)} />
      <SnoozeFollowUpModal request={snoozing} onClose={() => snoozeFollowUp(null)} />
      <MovePhaseModal request={moving} onClose={() => movePhase(null)} />
      <AssessDepthModal employer={assessing} onClose={() => assessDepth(null)} />
      <OpportunityModal request={opportunity} onClose={() => addOpportunity(null)} />
      <ReferModal request={referring} onClose={() => refer(null)} />
      <AdvanceModal request={advancing} onClose={() => advanceReferrals(null)} />
      <CheckModal request={checking} onClose={() => recordCheck(null)} />
      <ProgressionModal request={progressing} onClose={() => recordProgression(null)} />
      <EvidenceModal request={evidence} onClose={() => showEvidence(null)} />
      <StartCaseStudyModal request={caseStudy} onClose={() => startCaseStudy(null)} />
    </RecordDialogsContext.Provider>
  );
}
