// Record an offer from an employer, or change one: what it is, how many places, when, on what terms.
import { NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Commitment } from '../../../shared/commitments/schema';
import { opportunityStatuses, opportunityStatusLabels, type Opportunity } from '../../../shared/opportunities/schema';
import { DialogButtons, FormDialog } from '../../app/components/FormDialog';
import { NothingSaved, SaveForm } from '../../app/components/ServerErrors';
import { UkDateInput } from '../../app/components/UkDateInput';
import { useFields } from '../../app/useFields';
import { useProgrammeOptions } from '../programmes/queries';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { useCreateOpportunity, useUpdateOpportunity } from './queries';

export type OpportunityRequest = {
  employerId: string;
  opportunity?: Opportunity;
  /** The employer's promise this offer makes good. */
  fromPromise?: Commitment;
  /** The contact it was offered in. */
  interactionId?: string;
};

export function OpportunityModal({ request, onClose }: { request: OpportunityRequest | null; onClose: () => void }) {
  return (
    <FormDialog
      request={request}
      onClose={onClose}
      title={request?.opportunity ? 'Change an opportunity' : 'Add an opportunity'}
      size="xl"
    >
      {(request) => <OpportunityForm request={request} onClose={onClose} />}
    </FormDialog>
  );
}

const statusOptions = opportunityStatuses.map((value) => ({ value, label: opportunityStatusLabels[value] }));

function OpportunityForm({ request, onClose }: { request: OpportunityRequest; onClose: () => void }) {
  const vocabulary = useVocabulary();
  const programmes = useProgrammeOptions();
  const create = useCreateOpportunity();
  const update = useUpdateOpportunity();
  const existing = request.opportunity;
  const promise = request.fromPromise;
  const kinds = vocabulary.options('opportunity_kind');
  const { values, inputProps, attempt, problem } = useFields({
    kind: existing?.kind ?? (kinds.some((kind) => kind.value === promise?.kind) ? promise!.kind! : 'vacancy'),
    title: existing?.title ?? promise?.description ?? '',
    places: existing?.places ?? '',
    openedOn: existing?.openedOn ?? new Date().toISOString().slice(0, 10),
    closesOn: existing?.closesOn ?? '',
    startsOn: existing?.startsOn ?? '',
    status: existing?.status ?? 'open',
    weeklyHours: existing?.weeklyHours ?? '',
    contractType: existing?.contractType ?? '',
    payBand: existing?.payBand ?? '',
    requirements: existing?.requirements ?? '',
    programmeId: existing?.programmeId ?? '',
  });
  const save = attempt(async () => {
    const fields = {
      ...values,
      status: values.status as Opportunity['status'],
      programmeId: values.programmeId || null,
    };
    if (existing) await update.mutateAsync({ id: existing.id, ...fields });
    else {
      await create.mutateAsync({
        ...fields,
        employerId: request.employerId,
        commitmentId: promise?.id,
        interactionId: request.interactionId ?? promise?.interactionId,
      });
    }
    notifications.show({
      color: 'teal',
      message: `${existing ? 'Saved' : 'Added'} the opportunity “${values.title.trim()}”.`,
    });
    onClose();
  });
  return (
    <SaveForm onSave={save}>
      <Stack>
        <NothingSaved problem={problem} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label="Kind" data={kinds} searchable allowDeselect={false} {...inputProps('kind')} />
          <TextInput label="Title" placeholder="For example, Kitchen porter" data-autofocus {...inputProps('title')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput label="Places (optional)" min={1} allowDecimal={false} {...inputProps('places')} />
          <Select label="Status" data={statusOptions} allowDeselect={false} {...inputProps('status')} />
          {programmes.length > 0 && (
            <Select label="Programme (optional)" data={programmes} clearable {...inputProps('programmeId')} />
          )}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <UkDateInput label="Opened" clearable={false} {...inputProps('openedOn')} />
          <UkDateInput label="Closes (optional)" {...inputProps('closesOn')} />
          <UkDateInput label="Starts (optional)" {...inputProps('startsOn')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            label="Hours a week (optional)"
            min={0}
            max={80}
            decimalScale={1}
            {...inputProps('weeklyHours')}
          />
          <Select
            label="Contract (optional)"
            data={vocabulary.options('contract_type')}
            clearable
            {...inputProps('contractType')}
          />
          <TextInput label="Pay (optional)" placeholder="For example, £12.21 an hour" {...inputProps('payBand')} />
        </SimpleGrid>
        <Textarea
          label="What they are looking for (optional)"
          placeholder="For example, Food hygiene level 2 helpful; early starts."
          autosize
          minRows={2}
          {...inputProps('requirements')}
        />
        <DialogButtons
          onCancel={onClose}
          saving={create.isPending || update.isPending}
          label={existing ? 'Save opportunity' : 'Add opportunity'}
        />
      </Stack>
    </SaveForm>
  );
}
