// The Log contact (or Edit contact) dialog around the interaction form.
import { Modal } from '@mantine/core';
import { InteractionForm, type InteractionRequest } from './InteractionForm';

export function InteractionDialog({ request, onClose }: { request: InteractionRequest; onClose: () => void }) {
  return (
    <Modal opened onClose={onClose} title={request.interactionId ? 'Edit contact' : 'Log contact'} size="lg">
      <InteractionForm request={request} onDone={onClose} />
    </Modal>
  );
}
