import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { DialogButtons, FormDialog } from '../../app/components/FormDialog';
import { NothingSaved, SaveForm } from '../../app/components/ServerErrors';
import { useFields } from '../../app/useFields';
import { CommitmentFields } from './CommitmentFields';
import { useCreateCommitment } from './queries';

export type CommitmentRequest = { employerId: string; interactionId?: string; party?: 'employer' | 'us' };

export function CommitmentModal({ request, onClose }: { request: CommitmentRequest | null; onClose: () => void }) {
  return (
    <FormDialog request={request} onClose={onClose} title="Add a promise" size="lg">
      {(request) => <CommitmentForm request={request} onClose={onClose} />}
    </FormDialog>
  );
}

function CommitmentForm({ request, onClose }: { request: CommitmentRequest; onClose: () => void }) {
  const create = useCreateCommitment();
  const { values, inputProps, attempt, problem } = useFields({
    party: request.party ?? 'employer',
    description: '',
    kind: '',
    dueOn: '',
  });
  const save = attempt(async () => {
    await create.mutateAsync({
      ...values,
      party: values.party as 'employer' | 'us',
      employerId: request.employerId,
      interactionId: request.interactionId,
    });
    notifications.show({ color: 'teal', message: `Added the promise “${values.description.trim()}”.` });
    onClose();
  });
  return (
    <SaveForm onSave={save}>
      <Stack>
        <NothingSaved problem={problem} />
        <CommitmentFields inputProps={inputProps} />
        <DialogButtons onCancel={onClose} saving={create.isPending} label="Save promise" />
      </Stack>
    </SaveForm>
  );
}
