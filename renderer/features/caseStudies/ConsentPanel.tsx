// A named case study needs the employer's agreement to be named: who agreed, when and how.
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { CaseStudy } from '../../../shared/caseStudies/schema';
import { formatDate } from '../../../shared/dates';
import { UkDateInput } from '../../app/components/UkDateInput';
import { NothingSaved, SaveForm } from '../../app/components/ServerErrors';
import { useRecordMutation } from '../../app/mutations';
import { useFields } from '../../app/useFields';

export function ConsentPanel({ study }: { study: CaseStudy }) {
  const [changing, setChanging] = useState(false);
  const update = useRecordMutation('caseStudies.update');
  const { consent } = study;
  if (consent && !changing) {
    return (
      <Alert color="teal" title={`${study.employerName} agreed to be named`}>
        <Text size="sm">
          {consent.who} agreed on {formatDate(consent.on)}, {consent.how.charAt(0).toLowerCase() + consent.how.slice(1)}
          .
        </Text>
        <Group gap="xs" mt="xs">
          <Button size="compact-sm" variant="light" onClick={() => setChanging(true)}>
            Change consent
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            onClick={() =>
              void update
                .mutateAsync({ id: study.id, consent: null })
                .then(() =>
                  notifications.show({ message: 'Removed the consent. Only the anonymised copy can be exported now.' }),
                )
            }
          >
            Remove consent
          </Button>
        </Group>
      </Alert>
    );
  }
  return <ConsentForm study={study} onDone={() => setChanging(false)} />;
}

function ConsentForm({ study, onDone }: { study: CaseStudy; onDone: () => void }) {
  const update = useRecordMutation('caseStudies.update');
  const { values, inputProps, attempt, errors, problem } = useFields({
    who: study.consent?.who ?? '',
    on: study.consent?.on ?? '',
    how: study.consent?.how ?? '',
  });
  const save = attempt(async () => {
    await update.mutateAsync({ id: study.id, consent: values });
    notifications.show({ color: 'teal', message: `Recorded that ${study.employerName} agreed to be named.` });
    onDone();
  });
  return (
    <Alert color="yellow" title={`Has ${study.employerName} agreed to be named?`}>
      <Text size="sm" mb="sm">
        You can only export this case study with their name once you record their consent. Without it, switch on
        Anonymise.
      </Text>
      <SaveForm onSave={save}>
        <Stack gap="xs">
          <NothingSaved problem={problem} />
          <Group align="flex-start" grow>
            <TextInput
              label="Who agreed"
              placeholder="For example, Dana Lewis, HR manager"
              {...inputProps('who')}
              error={errors['consent.who']}
            />
            <UkDateInput
              label="When they agreed"
              value={values.on}
              onChange={(on) => inputProps('on').onChange(on)}
              error={errors['consent.on']}
            />
            <TextInput
              label="How they agreed"
              placeholder="For example, by email"
              {...inputProps('how')}
              error={errors['consent.how']}
            />
          </Group>
          <Group gap="xs">
            <Button type="submit" size="sm" loading={update.isPending}>
              Record consent
            </Button>
            {study.consent && (
              <Button variant="default" size="sm" onClick={onDone}>
                Cancel
              </Button>
            )}
          </Group>
        </Stack>
      </SaveForm>
    </Alert>
  );
}
