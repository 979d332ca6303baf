// When someone leaves: end their role, and if they have moved on, link them to the new employer.
import { Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Affiliation } from '../../../shared/people/schema';
import { DialogButtons } from '../../app/components/FormDialog';
import { NothingSaved, SaveForm, useServerErrors } from '../../app/components/ServerErrors';
import { UkDateInput } from '../../app/components/UkDateInput';
import { EmployerPicker } from '../employers/EmployerPicker';
import { useEndAffiliation } from './queries';

export function EndRoleModal({
  role,
  movedOn,
  onClose,
}: {
  role: Affiliation | null;
  movedOn: boolean;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={role !== null}
      onClose={onClose}
      title={role ? (movedOn ? `${role.personName} has moved to…` : `${role.personName} has left`) : ''}
    >
      {role && <EndRoleForm role={role} movedOn={movedOn} onClose={onClose} />}
    </Modal>
  );
}

function EndRoleForm({ role, movedOn, onClose }: { role: Affiliation; movedOn: boolean; onClose: () => void }) {
  const end = useEndAffiliation();
  const [endedOn, setEndedOn] = useState(new Date().toISOString().slice(0, 10));
  const [employer, setEmployer] = useState<{ id: string; name: string } | null>(null);
  const [roleTitle, setRoleTitle] = useState(role.roleTitle ?? '');
  const { errors, setErrors, problem, report } = useServerErrors();

  const save = async () => {
    if (movedOn && !employer) {
      setErrors({ 'movedTo.employerId': 'Choose the employer they moved to' });
      return;
    }
    try {
      const result = await end.mutateAsync({
        id: role.id,
        endedOn,
        movedTo: movedOn && employer ? { employerId: employer.id, roleTitle } : undefined,
      });
      notifications.show({
        color: 'teal',
        message: result.started
          ? `${role.personName} now works at ${result.started.employerName}. Their history stays with both employers.`
          : `Recorded that ${role.personName} left ${role.employerName}.`,
      });
      onClose();
    } catch (error) {
      report(error);
    }
  };

  return (
    <SaveForm onSave={save}>
      <Stack>
        <Text size="sm">
          Their calls, visits and notes stay on {role.employerName}&rsquo;s timeline
          {movedOn ? ' and follow them to their new employer' : ''}.
        </Text>
        <NothingSaved problem={problem} />
        <UkDateInput
          label={`Last day at ${role.employerName}`}
          value={endedOn}
          onChange={setEndedOn}
          error={errors.endedOn}
          clearable={false}
        />
        {movedOn && (
          <>
            <EmployerPicker
              label="Their new employer"
              value={employer?.id ?? null}
              onChange={(id, name) => setEmployer(id && name ? { id, name } : null)}
              excludeId={role.employerId}
              error={errors['movedTo.employerId']}
            />
            <TextInput
              label="Job title there"
              value={roleTitle}
              onChange={(event) => setRoleTitle(event.currentTarget.value)}
            />
          </>
        )}
        <DialogButtons
          onCancel={onClose}
          saving={end.isPending}
          label={movedOn ? 'Record the move' : 'Record that they left'}
        />
      </Stack>
    </SaveForm>
  );
}
