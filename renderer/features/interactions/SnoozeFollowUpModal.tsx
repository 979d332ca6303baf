// Putting off a follow-up to a later date, saying why, so the reason is there next time.
import { Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { formatDate } from '../../../shared/dates';
import { DialogButtons, FormDialog } from '../../app/components/FormDialog';
import { NothingSaved, SaveForm } from '../../app/components/ServerErrors';
import { UkDateInput } from '../../app/components/UkDateInput';
import { useFields } from '../../app/useFields';
import { useRecordMutation } from '../../app/mutations';

export type SnoozeRequest = { interactionId: string; employerName: string; summary: string };

export function SnoozeFollowUpModal({ request, onClose }: { request: SnoozeRequest | null; onClose: () => void }) {
  return (
    <FormDialog request={request} onClose={onClose} title="Put off this follow-up">
      {(request) => <SnoozeForm request={request} onClose={onClose} />}
    </FormDialog>
  );
}

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

function SnoozeForm({ request, onClose }: { request: SnoozeRequest; onClose: () => void }) {
  const snooze = useRecordMutation('interactions.snoozeFollowUp');
  const { values, inputProps, attempt, problem } = useFields({ until: inAWeek(), reason: '' });
  const save = attempt(async () => {
    await snooze.mutateAsync({ id: request.interactionId, ...values });
    notifications.show({
      color: 'teal',
      message: `Follow-up with ${request.employerName} moved to ${formatDate(values.until)}.`,
    });
    onClose();
  });
  return (
    <SaveForm onSave={save}>
      <Stack>
        <Text size="sm">
          {request.employerName}: {request.summary}
        </Text>
        <NothingSaved problem={problem} />
        <UkDateInput label="Follow up on" w={220} clearable={false} {...inputProps('until')} />
        <TextInput
          label="Why you are putting it off"
          placeholder="For example, Their HR manager is on leave until Monday"
          data-autofocus
          {...inputProps('reason')}
        />
        <DialogButtons onCancel={onClose} saving={snooze.isPending} label="Put it off" />
      </Stack>
    </SaveForm>
  );
}
