import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { DialogButtons, FormDialog } from '../../app/components/FormDialog';
import { NothingSaved, SaveForm } from '../../app/components/ServerErrors';
import { useFields } from '../../app/useFields';
import { CommitmentFields } from './CommitmentFields';
import type { Commitment } from '../../../shared/commitments/schema';
import { useCreateCommitment, useUpdateCommitment } from './queries';

export type CommitmentRequest = {
  employerId: string;
  interactionId?: string;
  party?: 'employer' | 'us';
  /** An open promise to change. */
  commitment?: Commitment;
};

export function CommitmentModal({ request, onClose }: { request: CommitmentRequest | null; onClose: () => void }) {
  return (
    <FormDialog
      request={request}
      onClose={onClose}
      title={request?.commitment ? 'Change a promise' : 'Add a promise'}
      size="lg"
    >
      {(request) => <CommitmentForm request={request} onClose={onClose} />}
    </FormDialog>
  );
}

function CommitmentForm({ request, onClose }: { request: CommitmentRequest; onClose: () => void }) {
  const create = useCreateCommitment();
  const update = useUpdateCommitment();
  const existing = request.commitment;
  const { values, inputProps, attempt, problem } = useFields({
    party: existing?.party ?? request.party ?? 'employer',
    description: existing?.description ?? '',
    kind: existing?.kind ?? '',
    dueOn: existing?.dueOn ?? '',
    // One made in a contact was made that day; any other, today unless said otherwise.
    madeOn: existing?.madeOn ?? (request.interactionId ? '' : new Date().toISOString().slice(0, 10)),
  });
  const save = attempt(async () => {
    if (existing) {
      const { party: _party, ...changes } = values;
      await update.mutateAsync({ id: existing.id, ...changes });
    } else {
      await create.mutateAsync({
        ...values,
        party: values.party as 'employer' | 'us',
        employerId: request.employerId,
        interactionId: request.interactionId,
      });
    }
    notifications.show({
      color: 'teal',
      message: `${existing ? 'Saved' : 'Added'} the promise “${values.description.trim()}”.`,
    });
    onClose();
  });
  return (
    <SaveForm onSave={save}>
      <Stack>
        <NothingSaved problem={problem} />
        <CommitmentFields
          inputProps={inputProps}
          partyFixed={Boolean(existing)}
          withMadeOn={!request.interactionId || Boolean(existing)}
        />
        <DialogButtons onCancel={onClose} saving={create.isPending || update.isPending} label="Save promise" />
      </Stack>
    </SaveForm>
  );
}
