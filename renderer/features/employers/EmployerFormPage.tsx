import { Alert, Anchor, Loader, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useLocation } from 'wouter';
import { errorMessage } from '../../app/client';
import { EmployerForm } from './EmployerForm';
import { blankEmployer, toFormValues } from './formValues';
import { useCreateEmployer, useEmployer, useUpdateEmployer } from './queries';
import { useYourName } from './WhoseSwitch';

export function NewEmployerPage() {
  const [, navigate] = useLocation();
  const create = useCreateEmployer();
  // A new employer is yours to look after, until you say otherwise.
  const yourName = useYourName() ?? '';
  return (
    <Stack gap="md">
      <Anchor component={Link} href="/employers" size="sm">
        Back to employers
      </Anchor>
      <Title order={1}>Add an employer</Title>
      <EmployerForm
        key={yourName}
        initialValues={{ ...blankEmployer, accountOwner: yourName }}
        submitLabel="Add employer"
        onCancel={() => navigate('/employers')}
        onSubmit={async (fields) => {
          const employer = await create.mutateAsync(fields);
          notifications.show({ color: 'teal', message: `Added ${employer.name}.` });
          navigate(`/employers/${employer.id}`);
        }}
      />
    </Stack>
  );
}

export function EmployerEditPage({ id }: { id: string }) {
  const [, navigate] = useLocation();
  const employer = useEmployer(id);
  const update = useUpdateEmployer();
  if (employer.isPending) return <Loader aria-label="Loading employer" />;
  if (employer.isError) {
    return (
      <Alert color="red" title="This employer could not be opened">
        {errorMessage(employer.error)}
      </Alert>
    );
  }
  const current = employer.data;
  return (
    <Stack gap="md">
      <Anchor component={Link} href={`/employers/${id}`} size="sm">
        Back to {current.name}
      </Anchor>
      <Title order={1}>Edit {current.name}</Title>
      <EmployerForm
        key={current.updatedAt}
        initialValues={toFormValues(current)}
        employerId={id}
        submitLabel="Save changes"
        onCancel={() => navigate(`/employers/${id}`)}
        onSubmit={async (fields) => {
          const saved = await update.mutateAsync({ id, expectedUpdatedAt: current.updatedAt, ...fields });
          notifications.show({ color: 'teal', message: `Saved your changes to ${saved.name}.` });
          navigate(`/employers/${id}`);
        }}
      />
    </Stack>
  );
}
