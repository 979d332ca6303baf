// The Log contact (or Edit contact) dialog around the interaction form.
import { GuardedModal } from '../../app/components/DiscardGuard';
import { InteractionForm, type InteractionRequest } from './InteractionForm';

export function InteractionDialog({ request, onClose }: { request: InteractionRequest; onClose: () => void }) {
  return (
    <GuardedModal opened onClose={onClose} title={request.interactionId ? 'Edit contact' : 'Log contact'} size="lg">
      <InteractionForm request={request} onDone={onClose} />
    </GuardedModal>
  );
}
