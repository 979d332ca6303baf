// The small dialogs any page can open for a relationship: a trust note, a promise, settling
// a promise, putting off a follow-up, moving a phase, assessing depth. One copy of each, here.
import { createContext, useContext, useState, type ReactNode } from 'react';
import { AssessDepthModal } from '../features/assessments/AssessDepthModal';
import { CommitmentModal, type CommitmentRequest } from '../features/commitments/CommitmentModal';
import { ResolveCommitmentModal, type ResolveRequest } from '../features/commitments/ResolveCommitmentModal';
import { MovePhaseModal, type MovePhaseRequest } from '../features/employers/MovePhaseModal';
import { SnoozeFollowUpModal, type SnoozeRequest } from '../features/interactions/SnoozeFollowUpModal';
import { TrustNoteModal, type TrustNoteRequest } from '../features/trust/TrustNoteModal';

type Dialogs = {
  addTrustNote: (request: TrustNoteRequest) => void;
  addPromise: (request: CommitmentRequest) => void;
  settlePromise: (request: ResolveRequest) => void;
  snoozeFollowUp: (request: SnoozeRequest) => void;
  movePhase: (request: MovePhaseRequest) => void;
  assessDepth: (employer: { id: string; name: string }) => void;
};

const noop = () => {};
const RecordDialogsContext = createContext<Dialogs>({
  addTrustNote: noop,
  addPromise: noop,
  settlePromise: noop,
  snoozeFollowUp: noop,
  movePhase: noop,
  assessDepth: noop,
});

export const useRecordDialogs = () => useContext(RecordDialogsContext);

export function RecordDialogsProvider({ children }: { children: ReactNode }) {
  const [trustNote, addTrustNote] = useState<TrustNoteRequest | null>(null);
  const [promise, addPromise] = useState<CommitmentRequest | null>(null);
  const [settling, settlePromise] = useState<ResolveRequest | null>(null);
  const [snoozing, snoozeFollowUp] = useState<SnoozeRequest | null>(null);
  const [moving, movePhase] = useState<MovePhaseRequest | null>(null);
  const [assessing, assessDepth] = useState<{ id: string; name: string } | null>(null);
  return (
    <RecordDialogsContext.Provider
      value={{ addTrustNote, addPromise, settlePromise, snoozeFollowUp, movePhase, assessDepth }}
    >
      {children}
      <TrustNoteModal request={trustNote} onClose={() => addTrustNote(null)} />
      <CommitmentModal request={promise} onClose={() => addPromise(null)} />
      <ResolveCommitmentModal request={settling} onClose={() => settlePromise(null)} />
      <SnoozeFollowUpModal request={snoozing} onClose={() => snoozeFollowUp(null)} />
      <MovePhaseModal request={moving} onClose={() => movePhase(null)} />
      <AssessDepthModal employer={assessing} onClose={() => assessDepth(null)} />
    </RecordDialogsContext.Provider>
  );
}
