// Refer one or several participants to an opportunity, by their references only.
import { Group, Select, Stack, Textarea } from '@mantine/core';
import { DialogButtons, FormDialog } from '../../app/components/FormDialog';
import { NothingSaved, SaveForm } from '../../app/components/ServerErrors';
import { UkDateInput } from '../../app/components/UkDateInput';
import { notifyWithUndo } from '../../app/undoNotification';
import { useFields } from '../../app/useFields';
import { useProgrammeOptions } from '../programmes/queries';
import { useCreateReferrals } from './queries';

export type ReferRequest = { opportunityId: string; opportunityTitle: string; programmeId: string | null };

export function ReferModal({ request, onClose }: { request: ReferRequest | null; onClose: () => void }) {
  return (
    <FormDialog request={request} onClose={onClose} title={`Refer people to ${request?.opportunityTitle ?? ''}`}>
      {(request) => <ReferForm request={request} onClose={onClose} />}
    </FormDialog>
  );
}

export const splitReferences = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

function ReferForm({ request, onClose }: { request: ReferRequest; onClose: () => void }) {
  const create = useCreateReferrals();
  const { values, inputProps, attempt, problem } = useFields({
    references: '',
    referredOn: new Date().toISOString().slice(0, 10),
    programmeId: request.programmeId ?? '',
  });
  const programmes = useProgrammeOptions();
  const save = attempt(async () => {
    const referred = await create.mutateAsync({
      opportunityId: request.opportunityId,
      references: splitReferences(values.references),
      referredOn: values.referredOn,
      programmeId: values.programmeId || null,
    });
    onClose();
    const who = referred.length === 1 ? referred[0]!.reference : `${referred.length} people`;
    notifyWithUndo({
      id: `refer-${referred[0]!.id}`,
      message: `Referred ${who} to ${request.opportunityTitle}.`,
    });
  });
  return (
    <SaveForm onSave={save}>
      <Stack>
        <NothingSaved problem={problem} />
        <Textarea
          label="Participant references"
          description="One on each line, or separated by commas. Use their reference, like P-0231, never their name."
          autosize
          minRows={3}
          data-autofocus
          {...inputProps('references')}
        />
        <Group align="flex-start">
          <UkDateInput label="Date referred" w={220} clearable={false} {...inputProps('referredOn')} />
          {programmes.length > 0 && (
            <Select label="Programme (optional)" data={programmes} clearable w={260} {...inputProps('programmeId')} />
          )}
        </Group>
        <DialogButtons onCancel={onClose} saving={create.isPending} label="Refer" />
      </Stack>
    </SaveForm>
  );
}
