// Link a person to an employer: a second job, or someone you already know turning up elsewhere.
import { Checkbox, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Person } from '../../../shared/people/schema';
import { DialogButtons } from '../../app/components/FormDialog';
import { NothingSaved, SaveForm, useServerErrors } from '../../app/components/ServerErrors';
import { UkDateInput } from '../../app/components/UkDateInput';
import { useConfirm } from '../../app/components/ConfirmDialog';
import { withConfirmation } from '../../app/conflictConfirm';
import { useRecordMutation } from '../../app/mutations';
import { EmployerPicker } from '../employers/EmployerPicker';

export function AddRoleModal({ person, opened, onClose }: { person: Person; opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Add a role for ${person.name}`}>
      {opened && <AddRoleForm person={person} onClose={onClose} />}
    </Modal>
  );
}

function AddRoleForm({ person, onClose }: { person: Person; onClose: () => void }) {
  const create = useRecordMutation('affiliations.create');
  const confirm = useConfirm({ title: 'Change the main contact?', confirmLabel: 'Make them the main contact' });
  const [employerId, setEmployerId] = useState<string | null>(null);
  const [roleTitle, setRoleTitle] = useState('');
  const [startedOn, setStartedOn] = useState('');
  const [isPrimary, setIsPrimary] = useState(false);
  const { errors, setErrors, problem, report } = useServerErrors();

  const save = async () => {
    if (!employerId) {
      setErrors({ employerId: 'Choose the employer they work for' });
      return;
    }
    try {
      const role = await withConfirmation(
        (replacePrimary) =>
          create.mutateAsync({ personId: person.id, employerId, roleTitle, startedOn, isPrimary, replacePrimary }),
        confirm.ask,
      );
      if (!role) return;
      notifications.show({ color: 'teal', message: `${person.name} now works at ${role.employerName}.` });
      onClose();
    } catch (error) {
      report(error);
    }
  };

  return (
    <SaveForm onSave={save}>
      {confirm.dialog}
      <Stack>
        <NothingSaved problem={problem} />
        <EmployerPicker
          label="Employer"
          value={employerId}
          onChange={(id) => setEmployerId(id)}
          error={errors.employerId}
          autoFocus
        />
        <TextInput
          label="Job title"
          value={roleTitle}
          onChange={(event) => setRoleTitle(event.currentTarget.value)}
          error={errors.roleTitle}
        />
        <UkDateInput label="Started on" w={220} value={startedOn} onChange={setStartedOn} error={errors.startedOn} />
        <Checkbox
          label="Make them the main contact there"
          checked={isPrimary}
          onChange={(event) => setIsPrimary(event.currentTarget.checked)}
        />
        <DialogButtons onCancel={onClose} saving={create.isPending} label={'Add role'} />
      </Stack>
    </SaveForm>
  );
}
