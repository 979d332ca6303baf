// Record a sustainment check: is the person still in the job at this point?
import { Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { formatDate } from '../../../shared/dates';
import type { TodaySustainmentCheck } from '../../../shared/today/schema';
import { ChoiceButtons, DialogButtons, FormDialog } from '../../app/components/FormDialog';
import { NothingSaved, SaveForm } from '../../app/components/ServerErrors';
import { UkDateInput } from '../../app/components/UkDateInput';
import { useFields } from '../../app/useFields';
import { useRecordCheck } from './queries';

export type CheckRequest = { check: TodaySustainmentCheck };

const outcomes = [
  { value: 'in_work', label: 'Still in work' },
  { value: 'left', label: 'Left the job' },
];

export function CheckModal({ request, onClose }: { request: CheckRequest | null; onClose: () => void }) {
  return (
    <FormDialog
      request={request}
      onClose={onClose}
      title={request ? `${request.check.weeks}-week check for ${request.check.reference}` : ''}
    >
      {(request) => <CheckForm check={request.check} onClose={onClose} />}
    </FormDialog>
  );
}

function CheckForm({ check, onClose }: { check: TodaySustainmentCheck; onClose: () => void }) {
  const record = useRecordCheck();
  const { values, inputProps, attempt, problem } = useFields({
    outcome: 'in_work',
    checkedOn: new Date().toISOString().slice(0, 10),
    note: '',
  });
  const save = attempt(async () => {
    await record.mutateAsync({ id: check.id, ...values, outcome: values.outcome as 'in_work' | 'left' });
    notifications.show({
      color: 'teal',
      message: `Recorded the ${check.weeks}-week check for ${check.reference}: ${values.outcome === 'left' ? 'left the job' : 'still in work'}.`,
    });
    onClose();
  });
  return (
    <SaveForm onSave={save}>
      <Stack>
        <NothingSaved problem={problem} />
        <Text size="sm">
          {check.opportunityTitle} at {check.employerName}. Due {formatDate(check.dueOn)}.
        </Text>
        <ChoiceButtons label="Are they still in the job?" data={outcomes} {...inputProps('outcome')} />
        <UkDateInput label="Date checked" w={220} clearable={false} {...inputProps('checkedOn')} />
        <Textarea
          label="Who confirmed it, and how (optional)"
          placeholder="For example, Dana in HR confirmed by email."
          autosize
          minRows={2}
          {...inputProps('note')}
        />
        <DialogButtons onCancel={onClose} saving={record.isPending} label="Save check" />
      </Stack>
    </SaveForm>
  );
}
