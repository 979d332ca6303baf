// Taking a laptop out of the team, after saying what it means; then the new join code.
import { Stack, Text } from '@mantine/core';
import type { TeamMemberRemoved } from '../../../shared/team/schema';
import { DialogButtons, FormDialog } from '../../app/components/FormDialog';
import { NothingSaved, SaveForm } from '../../app/components/ServerErrors';
import { useFields } from '../../app/useFields';
import { useRemoveMember } from './queries';

export type RemoveRequest = { device: string; name: string };

export function RemoveMemberModal({
  request,
  onClose,
  onRemoved,
}: {
  request: RemoveRequest | null;
  onClose: () => void;
  onRemoved: (removed: TeamMemberRemoved) => void;
}) {
  return (
    <FormDialog request={request} onClose={onClose} title="Take a laptop out of the team">
      {(request) => <RemoveForm request={request} onClose={onClose} onRemoved={onRemoved} />}
    </FormDialog>
  );
}

function RemoveForm({
  request,
  onClose,
  onRemoved,
}: {
  request: RemoveRequest;
  onClose: () => void;
  onRemoved: (removed: TeamMemberRemoved) => void;
}) {
  const remove = useRemoveMember();
  const { attempt, problem } = useFields({});
  const save = attempt(async () => {
    onRemoved(await remove.mutateAsync({ device: request.device }));
    onClose();
  });
  return (
    <SaveForm onSave={save}>
      <Stack>
        <Text size="sm">
          {request.name}’s laptop will get nothing recorded from now on. What it holds already stays on it: if it is
          lost, see “If a laptop is lost” in the guide.
        </Text>
        <Text size="sm">
          Everyone else gets a new key by itself the next time they sync. Colleagues who join later need the new join
          code, shown once this is done.
        </Text>
        <NothingSaved problem={problem} />
        <DialogButtons onCancel={onClose} saving={remove.isPending} label={`Take ${request.name} out`} />
      </Stack>
    </SaveForm>
  );
}
