// In-work progression: a change of pay, hours or contract. A rise of 10 % or more counts.
import { NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Referral } from '../../../shared/referrals/schema';
import { ChoiceButtons, DialogButtons, FormDialog } from '../../app/components/FormDialog';
import { NothingSaved, SaveForm } from '../../app/components/ServerErrors';
import { UkDateInput } from '../../app/components/UkDateInput';
import { useFields } from '../../app/useFields';
import { useRecordProgression } from './queries';

export type ProgressionRequest = { referral: Referral };

const employerChoices = [
  { value: 'same', label: 'Same employer' },
  { value: 'different', label: 'A different employer' },
];

export function ProgressionModal({ request, onClose }: { request: ProgressionRequest | null; onClose: () => void }) {
  return (
    <FormDialog
      request={request}
      onClose={onClose}
      title={request ? `Record progression for ${request.referral.reference}` : ''}
      size="lg"
    >
      {(request) => <ProgressionForm referral={request.referral} onClose={onClose} />}
    </FormDialog>
  );
}

function ProgressionForm({ referral, onClose }: { referral: Referral; onClose: () => void }) {
  const record = useRecordProgression();
  const { values, inputProps, attempt, problem } = useFields({
    changedOn: new Date().toISOString().slice(0, 10),
    hourlyPayBefore: referral.startHourlyPay ?? '',
    hourlyPayAfter: '',
    weeklyHoursBefore: referral.startWeeklyHours ?? '',
    weeklyHoursAfter: '',
    sameEmployer: 'same',
    contractChange: '',
    note: '',
  });
  const save = attempt(async () => {
    const saved = await record.mutateAsync({
      referralId: referral.id,
      ...values,
      sameEmployer: values.sameEmployer === 'same',
    });
    notifications.show({
      color: 'teal',
      message: saved.counts
        ? `Recorded progression for ${referral.reference}. It counts: a rise of 10% or more.`
        : `Recorded the change for ${referral.reference}. It is under 10%, so it does not count as progression.`,
    });
    onClose();
  });
  return (
    <SaveForm onSave={save}>
      <Stack>
        <NothingSaved problem={problem} />
        <ChoiceButtons label="Where" data={employerChoices} {...inputProps('sameEmployer')} />
        <UkDateInput label="Date of the change" w={220} clearable={false} {...inputProps('changedOn')} />
        <SimpleGrid cols={2}>
          <NumberInput
            label="Pay per hour before"
            prefix="£"
            decimalScale={2}
            min={0}
            {...inputProps('hourlyPayBefore')}
          />
          <NumberInput label="Pay per hour now" prefix="£" decimalScale={2} min={0} {...inputProps('hourlyPayAfter')} />
          <NumberInput
            label="Hours a week before"
            decimalScale={1}
            min={0}
            max={80}
            {...inputProps('weeklyHoursBefore')}
          />
          <NumberInput label="Hours a week now" decimalScale={1} min={0} max={80} {...inputProps('weeklyHoursAfter')} />
        </SimpleGrid>
        <TextInput
          label="Change of contract (optional)"
          placeholder="For example, Temporary to permanent"
          {...inputProps('contractChange')}
        />
        <Textarea label="Note (optional)" autosize minRows={2} {...inputProps('note')} />
        <DialogButtons onCancel={onClose} saving={record.isPending} label="Save progression" />
      </Stack>
    </SaveForm>
  );
}
