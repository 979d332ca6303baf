// Settling a promise: kept, broken, or released by both sides, with the date and a note.
import { Stack, Text, Textarea } from '@mantine/core';
import type { Commitment } from '../../../shared/commitments/schema';
import { ChoiceButtons, DialogButtons, FormDialog } from '../../app/components/FormDialog';
import { NothingSaved, SaveForm } from '../../app/components/ServerErrors';
import { UkDateInput } from '../../app/components/UkDateInput';
import { useFields } from '../../app/useFields';
import { notifyWithUndo } from '../../app/undoNotification';
import { useResolveCommitment } from './queries';

export type Resolution = 'kept' | 'broken' | 'released';
export type ResolveRequest = { commitment: Pick<Commitment, 'id' | 'description'>; status: Resolution };

const outcomes = [
  { value: 'kept', label: 'Kept' },
  { value: 'broken', label: 'Broken' },
  { value: 'released', label: 'Released by both sides' },
];

export function ResolveCommitmentModal({ request, onClose }: { request: ResolveRequest | null; onClose: () => void }) {
  return (
    <FormDialog request={request} onClose={onClose} title="Settle a promise">
      {(request) => <ResolveForm request={request} onClose={onClose} />}
    </FormDialog>
  );
}

function ResolveForm({ request, onClose }: { request: ResolveRequest; onClose: () => void }) {
  const resolve = useResolveCommitment();
  const { values, inputProps, attempt, problem } = useFields({
    status: request.status,
    resolvedOn: new Date().toISOString().slice(0, 10),
    note: '',
  });
  const save = attempt(async () => {
    const { id, description } = request.commitment;
    await resolve.mutateAsync({ id, ...values, status: values.status as Resolution });
    notifyWithUndo({
      id: `settled-${id}`,
      message: `Marked “${description}” as ${values.status}.`,
    });
    onClose();
  });
  return (
    <SaveForm onSave={save}>
      <Stack>
        <Text fw={600}>{request.commitment.description}</Text>
        <NothingSaved problem={problem} />
        <ChoiceButtons label="What happened" data={outcomes} {...inputProps('status')} />
        <UkDateInput label="Date" w={220} clearable={false} {...inputProps('resolvedOn')} />
        <Textarea label="Note (optional)" autosize minRows={2} {...inputProps('note')} />
        <DialogButtons onCancel={onClose} saving={resolve.isPending} label="Save" />
      </Stack>
    </SaveForm>
  );
}
