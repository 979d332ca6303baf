// Moving an employer to another phase, with the route or the reason the research asks for.
import { Checkbox, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { phasesNeedingReason } from '../../../shared/employers/phase';
import { DialogButtons, FormDialog } from '../../app/components/FormDialog';
import { NothingSaved, SaveForm } from '../../app/components/ServerErrors';
import { UkDateInput } from '../../app/components/UkDateInput';
import { useFields } from '../../app/useFields';
import { useRecordMutation } from '../../app/mutations';
import { useVocabulary } from '../vocabulary/useVocabulary';

export type MovePhaseRequest = { employerId: string; employerName: string; phase: string };

export function MovePhaseModal({ request, onClose }: { request: MovePhaseRequest | null; onClose: () => void }) {
  return (
    <FormDialog request={request} onClose={onClose} title="Move to another phase">
      {(request) => <MovePhaseForm request={request} onClose={onClose} />}
    </FormDialog>
  );
}

function MovePhaseForm({ request, onClose }: { request: MovePhaseRequest; onClose: () => void }) {
  const vocabulary = useVocabulary();
  const move = useRecordMutation('employers.movePhase');
  const { values, setValues, inputProps, attempt, errors, problem } = useFields({
    toPhase: '',
    changedOn: new Date().toISOString().slice(0, 10),
    route: '',
    reason: '',
    declined: false,
    note: '',
  });
  const lapsing = phasesNeedingReason.includes(values.toPhase);
  const save = attempt(async () => {
    const moved = await move.mutateAsync({
      employerId: request.employerId,
      toPhase: values.toPhase,
      changedOn: values.changedOn,
      route: values.toPhase === 'developing' ? values.route : null,
      reason: lapsing ? values.reason : null,
      declined: lapsing && values.declined,
      note: values.note,
    });
    notifications.show({
      color: 'teal',
      message: `${moved.name} is now in the ${vocabulary.label('phase', moved.phase).toLowerCase()} phase.`,
    });
    onClose();
  });
  return (
    <SaveForm onSave={save}>
      <Stack>
        <Text size="sm">
          {request.employerName} is in the {vocabulary.label('phase', request.phase).toLowerCase()} phase.
        </Text>
        <NothingSaved problem={problem} />
        <Select
          label="Move to"
          placeholder="Choose a phase"
          data={vocabulary.options('phase').filter((option) => option.value !== request.phase)}
          allowDeselect={false}
          data-autofocus
          {...inputProps('toPhase')}
          description={vocabulary.help('phase', values.toPhase) ?? undefined}
        />
        {values.toPhase === 'developing' && (
          <Radio.Group label="How is it developing?" {...inputProps('route')}>
            <Stack gap={6} mt={6}>
              {vocabulary.options('developing_route').map((option) => (
                <Radio
                  key={option.value}
                  value={option.value}
                  label={option.label}
                  description={vocabulary.help('developing_route', option.value)}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {lapsing && (
          <>
            <Checkbox
              label="They declined to work with us"
              checked={values.declined}
              onChange={(event) => setValues((current) => ({ ...current, declined: event.currentTarget.checked }))}
            />
            <Select
              label={values.declined ? 'Why they declined' : 'Why'}
              description="Reports count these reasons"
              placeholder="Choose a reason"
              data={vocabulary.options('lapse_reason')}
              searchable
              {...inputProps('reason')}
            />
          </>
        )}
        <UkDateInput label="Date of the move" w={220} clearable={false} {...inputProps('changedOn')} />
        <Textarea label="Note (optional)" autosize minRows={2} {...inputProps('note')} />
        {errors.employerId && <Text c="var(--mantine-color-error)">{errors.employerId}</Text>}
        <DialogButtons onCancel={onClose} saving={move.isPending} label="Move phase" />
      </Stack>
    </SaveForm>
  );
}
