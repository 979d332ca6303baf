import { Stack } from '@mantine/core';
import { DialogButtons, FormDialog } from '../../app/components/FormDialog';
import { NothingSaved, SaveForm } from '../../app/components/ServerErrors';
import { UkDateInput } from '../../app/components/UkDateInput';
import { notifyWithUndo } from '../../app/undoNotification';
import { useFields } from '../../app/useFields';
import { useEmployerOverview } from '../employers/queries';
import { useArchiveTrustNote, useCreateTrustNote } from './queries';
import { TrustNoteFields } from './TrustNoteFields';

export type TrustNoteRequest = { employerId: string; interactionId?: string };

export function TrustNoteModal({ request, onClose }: { request: TrustNoteRequest | null; onClose: () => void }) {
  return (
    <FormDialog request={request} onClose={onClose} title="Add a trust note" size="lg">
      {(request) => <TrustNoteForm request={request} onClose={onClose} />}
    </FormDialog>
  );
}

function TrustNoteForm({ request, onClose }: { request: TrustNoteRequest; onClose: () => void }) {
  const create = useCreateTrustNote();
  const archive = useArchiveTrustNote();
  const overview = useEmployerOverview(request.employerId);
  const { values, inputProps, attempt, problem } = useFields({
    level: 'inter_organisational',
    direction: 'strengthened',
    personId: '',
    observation: '',
    observedOn: new Date().toISOString().slice(0, 10),
  });
  const people = (overview.data?.people ?? [])
    .filter((role) => !role.endedOn)
    .map((role) => ({ value: role.personId, label: role.personName }));

  const save = attempt(async () => {
    const note = await create.mutateAsync({
      ...values,
      personId: values.level === 'inter_personal' ? values.personId || null : null,
      employerId: request.employerId,
      interactionId: request.interactionId,
    });
    onClose();
    notifyWithUndo({
      id: `trust-${note.id}`,
      message: 'Trust note added.',
      onUndo: () => void archive.mutateAsync({ id: note.id }),
    });
  });

  return (
    <SaveForm onSave={save}>
      <Stack>
        <NothingSaved problem={problem} />
        <TrustNoteFields inputProps={inputProps} level={values.level} people={people} />
        <UkDateInput label="Date" w={220} clearable={false} {...inputProps('observedOn')} />
        <DialogButtons onCancel={onClose} saving={create.isPending} label="Save trust note" />
      </Stack>
    </SaveForm>
  );
}
