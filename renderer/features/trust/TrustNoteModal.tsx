import { Stack } from '@mantine/core';
import { DialogButtons, FormDialog } from '../../app/components/FormDialog';
import { NothingSaved, SaveForm } from '../../app/components/ServerErrors';
import { UkDateInput } from '../../app/components/UkDateInput';
import { notifyWithUndo } from '../../app/undoNotification';
import { useFields } from '../../app/useFields';
import { useEmployerOverview } from '../employers/queries';
import { notifications } from '@mantine/notifications';
import type { TrustNote } from '../../../shared/trust/schema';
import { useCreateTrustNote, useUpdateTrustNote } from './queries';
import { TrustNoteFields } from './TrustNoteFields';

export type TrustNoteRequest = { employerId: string; interactionId?: string; note?: TrustNote };

export function TrustNoteModal({ request, onClose }: { request: TrustNoteRequest | null; onClose: () => void }) {
  return (
    <FormDialog
      request={request}
      onClose={onClose}
      title={request?.note ? 'Change a trust note' : 'Add a trust note'}
      size="lg"
    >
      {(request) => <TrustNoteForm request={request} onClose={onClose} />}
    </FormDialog>
  );
}

function TrustNoteForm({ request, onClose }: { request: TrustNoteRequest; onClose: () => void }) {
  const create = useCreateTrustNote();
  const update = useUpdateTrustNote();
  const existing = request.note;
  const overview = useEmployerOverview(request.employerId);
  const { values, inputProps, attempt, problem } = useFields({
    level: existing?.level ?? 'inter_organisational',
    direction: existing?.direction ?? 'strengthened',
    personId: existing?.personId ?? '',
    observation: existing?.observation ?? '',
    observedOn: existing?.observedOn ?? new Date().toISOString().slice(0, 10),
  });
  const people = (overview.data?.people ?? [])
    .filter((role) => !role.endedOn)
    .map((role) => ({ value: role.personId, label: role.personName }));

  const save = attempt(async () => {
    const fields = { ...values, personId: values.level === 'inter_personal' ? values.personId || null : null };
    if (existing) {
      await update.mutateAsync({ id: existing.id, ...fields });
      notifications.show({ color: 'teal', message: 'Saved the trust note.' });
      onClose();
      return;
    }
    const note = await create.mutateAsync({
      ...fields,
      employerId: request.employerId,
      interactionId: request.interactionId,
    });
    onClose();
    notifyWithUndo({
      id: `trust-${note.id}`,
      message: 'Trust note added.',
    });
  });

  return (
    <SaveForm onSave={save}>
      <Stack>
        <NothingSaved problem={problem} />
        <TrustNoteFields inputProps={inputProps} level={values.level} people={people} />
        <UkDateInput label="Date" w={220} clearable={false} {...inputProps('observedOn')} />
        <DialogButtons onCancel={onClose} saving={create.isPending || update.isPending} label="Save trust note" />
      </Stack>
    </SaveForm>
  );
}
