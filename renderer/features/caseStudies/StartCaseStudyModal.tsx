// Start a case study for an employer and a period: Bridgework drafts it from the record.
import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import dayjs from 'dayjs';
import { useLocation } from 'wouter';
import { DialogButtons, FormDialog } from '../../app/components/FormDialog';
import { NothingSaved, SaveForm } from '../../app/components/ServerErrors';
import { UkDateInput } from '../../app/components/UkDateInput';
import { useFields } from '../../app/useFields';
import { useDraftCaseStudy } from './queries';

export type StartCaseStudyRequest = { employerId: string; employerName: string };

export function StartCaseStudyModal({
  request,
  onClose,
}: {
  request: StartCaseStudyRequest | null;
  onClose: () => void;
}) {
  return (
    <FormDialog request={request} onClose={onClose} title="Start a case study">
      {(request) => <StartForm request={request} onClose={onClose} />}
    </FormDialog>
  );
}

function StartForm({ request, onClose }: { request: StartCaseStudyRequest; onClose: () => void }) {
  const [, navigate] = useLocation();
  const draft = useDraftCaseStudy();
  const { values, inputProps, attempt, problem } = useFields({
    from: dayjs().subtract(1, 'year').add(1, 'day').format('YYYY-MM-DD'),
    to: dayjs().format('YYYY-MM-DD'),
    title: '',
  });
  const save = attempt(async () => {
    const study = await draft.mutateAsync({ employerId: request.employerId, ...values });
    onClose();
    navigate(`/case-studies/${study.id}`);
  });
  return (
    <SaveForm onSave={save}>
      <Stack>
        <NothingSaved problem={problem} />
        <Text size="sm">
          Bridgework drafts each section from what you recorded about {request.employerName} in the period. You then
          edit it.
        </Text>
        <SimpleGrid cols={2}>
          <UkDateInput label="From" clearable={false} {...inputProps('from')} />
          <UkDateInput label="To" clearable={false} {...inputProps('to')} />
        </SimpleGrid>
        <TextInput
          label="Title (optional)"
          placeholder={`Working with ${request.employerName}`}
          {...inputProps('title')}
        />
        <DialogButtons onCancel={onClose} saving={draft.isPending} label="Draft the case study" />
      </Stack>
    </SaveForm>
  );
}
