// Handing everything one person looked after to a colleague, in one step (and one Undo), when
// they leave or change role.
import { Autocomplete, Select, Stack, Text } from '@mantine/core';
import { DialogButtons, FormDialog } from '../../app/components/FormDialog';
import { NothingSaved, SaveForm } from '../../app/components/ServerErrors';
import { notifyWithUndo } from '../../app/undoNotification';
import { useFields } from '../../app/useFields';
import { useSettings } from '../settings/queries';
import { useTeamMembers } from '../team/queries';
import { useAccountOwners, useHandOver } from './queries';

export type HandOverRequest = { from?: string };

const employers = (count: number) => `${count.toLocaleString('en-GB')} ${count === 1 ? 'employer' : 'employers'}`;

export function HandOverModal({ request, onClose }: { request: HandOverRequest | null; onClose: () => void }) {
  return (
    <FormDialog request={request} onClose={onClose} title="Hand over employers">
      {(request) => <HandOverForm request={request} onClose={onClose} />}
    </FormDialog>
  );
}

function HandOverForm({ request, onClose }: { request: HandOverRequest; onClose: () => void }) {
  const owners = useAccountOwners();
  const members = useTeamMembers();
  const settings = useSettings();
  const handOver = useHandOver();
  const { values, inputProps, attempt, problem } = useFields({ from: request.from ?? '', to: '' });
  const from = owners.data?.find((owner) => owner.name.toLowerCase() === values.from.toLowerCase());
  const colleagues = [
    ...new Set([
      ...(owners.data ?? []).map((owner) => owner.name),
      ...(members.data ?? []).map((member) => member.name),
      settings.data?.yourName ?? '',
    ]),
  ].filter((name) => name && name.toLowerCase() !== values.from.toLowerCase());
  const save = attempt(async () => {
    const { handedOver } = await handOver.mutateAsync({ from: values.from, to: values.to });
    notifyWithUndo({
      id: 'hand-over',
      message: `${values.to.trim()} now looks after ${employers(handedOver)} that ${values.from} looked after.`,
    });
    onClose();
  });
  return (
    <SaveForm onSave={save}>
      <Stack>
        <Text size="sm">
          Every employer one person is account owner for goes to a colleague, including any in Trash. Their history
          stays as it is.
        </Text>
        <NothingSaved problem={problem} />
        <Select
          label="Current account owner"
          placeholder="Choose an account owner"
          data={(owners.data ?? []).map((owner) => ({
            value: owner.name,
            label: `${owner.name} (${employers(owner.employers)})`,
          }))}
          searchable
          allowDeselect={false}
          data-autofocus
          {...inputProps('from')}
        />
        <Autocomplete
          label="Hand them to"
          description="A colleague’s name, as they give it in Settings"
          data={colleagues}
          {...inputProps('to')}
        />
        <DialogButtons
          onCancel={onClose}
          saving={handOver.isPending}
          label={from ? `Hand over ${employers(from.employers)}` : 'Hand over employers'}
        />
      </Stack>
    </SaveForm>
  );
}
