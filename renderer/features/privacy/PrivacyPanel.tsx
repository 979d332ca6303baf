// Settings → Privacy: the retention review (people with no contact for years: erase, or keep
// with a reason), and the records to check after an erasure.
import { Anchor, Button, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { formatDate } from '../../../shared/dates';
import type { RetentionCandidate } from '../../../shared/privacy/schema';
import { errorMessage } from '../../app/client';
import { DialogButtons, FormDialog } from '../../app/components/FormDialog';
import { RowActions } from '../../app/components/RowActions';
import { useRecordMutation } from '../../app/mutations';
import { useRetentionReview, useReviewFlags } from './queries';
import { usePrivacyActions } from './usePrivacyActions';

export function PrivacyPanel() {
  const [years, setYears] = useState<number | string>(6);
  const valid = typeof years === 'number' && Number.isInteger(years) && years >= 1 && years <= 30;
  const review = useRetentionReview(valid ? years : 0, valid);
  const flags = useReviewFlags();
  const resolve = useRecordMutation('privacy.resolveFlag');
  const privacy = usePrivacyActions();
  const [keeping, setKeeping] = useState<RetentionCandidate | null>(null);
  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4">
            Privacy
          </Title>
          <Text size="sm" c="dimmed">
            Keep people’s details only while you need them. Review who you have not been in touch with for a while, then
            erase their details or say why you are keeping them.
          </Text>
        </div>
        <NumberInput
          label="No contact for at least (years)"
          value={years}
          onChange={setYears}
          min={1}
          max={30}
          maw={240}
          error={valid ? null : 'Enter a whole number of years from 1 to 30'}
        />
        {review.data && review.data.length === 0 && (
          <Text size="sm">Everyone has been in touch in that time, or you have said why you are keeping them.</Text>
        )}
        {review.data && review.data.length > 0 && (
          <Table striped withTableBorder verticalSpacing="xs" captionSide="top">
            <Table.Caption>People to review ({review.data.length.toLocaleString('en-GB')})</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Works or worked at</Table.Th>
                <Table.Th>Last contact</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">Actions</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {review.data.map((person) => (
                <Table.Tr key={person.id}>
                  <Table.Td>
                    <Anchor component={Link} href={`/people/${person.id}`}>
                      {person.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{person.employers || '—'}</Table.Td>
                  <Table.Td>{person.lastContactOn ? formatDate(person.lastContactOn) : 'Never'}</Table.Td>
                  <Table.Td>
                    <RowActions
                      keep={{ label: 'Keep', name: `Keep ${person.name}`, onClick: () => setKeeping(person) }}
                      remove={{
                        label: 'Erase',
                        name: `Erase ${person.name}`,
                        onClick: () => void privacy.askToErase(person),
                      }}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {flags.data && flags.data.length > 0 && (
          <Stack gap="xs">
            <Title order={3} size="h5">
              Text to check after an erasure
            </Title>
            <Text size="sm" c="dimmed">
              These records may still name someone whose details you erased. Open each one, remove anything that could
              identify them, then mark it as checked.
            </Text>
            <Table withTableBorder verticalSpacing="xs">
              <Table.Tbody>
                {flags.data.map((flag) => (
                  <Table.Tr key={flag.id}>
                    <Table.Td>
                      {flag.employerId ? (
                        <Anchor component={Link} href={`/employers/${flag.employerId}`}>
                          {flag.title}
                        </Anchor>
                      ) : (
                        flag.title
                      )}
                    </Table.Td>
                    <Table.Td>{flag.employerName ?? ''}</Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="light"
                        onClick={() => resolve.mutate({ id: flag.id })}
                        aria-label={`Mark ${flag.title} as checked`}
                      >
                        Mark as checked
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        )}
      </Stack>
      <FormDialog request={keeping} onClose={() => setKeeping(null)} title="Keep their details">
        {(person) => <KeepForm person={person} onClose={() => setKeeping(null)} />}
      </FormDialog>
      {privacy.dialogs}
    </Paper>
  );
}

function KeepForm({ person, onClose }: { person: RetentionCandidate; onClose: () => void }) {
  const keep = useRecordMutation('privacy.keepPerson');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        keep.mutateAsync({ id: person.id, reason }).then(onClose, (error: unknown) => setProblem(errorMessage(error)));
      }}
    >
      <Stack>
        <TextInput
          label={`Why are you keeping ${person.name}’s details?`}
          description="For example: a trustee of the charity, or still our contact for a programme. You will not be asked again for this many years."
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={problem}
          data-autofocus
        />
        <DialogButtons onCancel={onClose} saving={keep.isPending} label="Keep their details" />
      </Stack>
    </form>
  );
}
