// Move one or several referrals to their next stage, with the date and the employer's feedback.
import { NumberInput, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import type { Referral } from '../../../shared/referrals/schema';
import { exitStages, progressStages, rank, stageLabels, type ReferralStage } from '../../../shared/referrals/stages';
import { DialogButtons, FormDialog } from '../../app/components/FormDialog';
import { NothingSaved, SaveForm } from '../../app/components/ServerErrors';
import { UkDateInput } from '../../app/components/UkDateInput';
import { notifyWithUndo } from '../../app/undoNotification';
import { useFields } from '../../app/useFields';
import { useAdvanceReferrals } from './queries';

export type AdvanceRequest = {
  referrals: Pick<Referral, 'id' | 'reference' | 'stage'>[];
  stage?: ReferralStage;
  /** Called once they have moved, for example to clear the ticks that chose them. */
  onMoved?: () => void;
};

export function AdvanceModal({ request, onClose }: { request: AdvanceRequest | null; onClose: () => void }) {
  const count = request?.referrals.length ?? 0;
  return (
    <FormDialog
      request={request}
      onClose={onClose}
      title={count === 1 ? `Move ${request!.referrals[0]!.reference} on` : `Move ${count} referrals on`}
    >
      {(request) => <AdvanceForm request={request} onClose={onClose} />}
    </FormDialog>
  );
}

const stageOptions = [
  { group: 'Next steps', items: progressStages.filter((stage) => stage !== 'referred') },
  { group: 'Endings', items: exitStages },
].map(({ group, items }) => ({ group, items: items.map((value) => ({ value, label: stageLabels[value] })) }));

/** The stage after the furthest one any of them has reached. */
function nextStage(referrals: AdvanceRequest['referrals']): ReferralStage {
  const furthest = Math.max(...referrals.map((referral) => rank(referral.stage)));
  return progressStages[Math.min(furthest + 1, progressStages.length - 1)] ?? 'interviewed';
}

function AdvanceForm({ request, onClose }: { request: AdvanceRequest; onClose: () => void }) {
  const advance = useAdvanceReferrals();
  const { values, inputProps, attempt, problem } = useFields({
    stage: request.stage ?? nextStage(request.referrals),
    on: new Date().toISOString().slice(0, 10),
    feedback: '',
    hourlyPay: '',
    weeklyHours: '',
  });
  const ids = request.referrals.map((referral) => referral.id);
  const save = attempt(async () => {
    const stage = values.stage as ReferralStage;
    await advance.mutateAsync({ ids, ...values, stage });
    request.onMoved?.();
    onClose();
    const who = ids.length === 1 ? request.referrals[0]!.reference : `${ids.length} referrals`;
    notifyWithUndo({
      id: `advance-${ids.join('-')}-${stage}`,
      message: `Moved ${who} to “${stageLabels[stage]}”.`,
    });
  });
  return (
    <SaveForm onSave={save}>
      <Stack>
        <NothingSaved problem={problem} />
        {request.referrals.length > 1 && (
          <Text size="sm">{request.referrals.map((referral) => referral.reference).join(', ')}</Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label="Stage reached" data={stageOptions} allowDeselect={false} {...inputProps('stage')} />
          <UkDateInput label="Date" clearable={false} {...inputProps('on')} />
        </SimpleGrid>
        {values.stage === 'started' && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label="Pay per hour (optional)"
              prefix="£"
              decimalScale={2}
              min={0}
              description="Used to measure progression later"
              {...inputProps('hourlyPay')}
            />
            <NumberInput
              label="Hours a week (optional)"
              min={0}
              max={80}
              decimalScale={1}
              {...inputProps('weeklyHours')}
            />
          </SimpleGrid>
        )}
        <Textarea
          label="What the employer said (optional)"
          placeholder="For example, Good interview; would like more confidence on the till."
          autosize
          minRows={2}
          {...inputProps('feedback')}
        />
        <DialogButtons onCancel={onClose} saving={advance.isPending} label="Save stage" />
      </Stack>
    </SaveForm>
  );
}
