// Assessing engagement depth: the app's suggestion with its evidence, then the user's call.
import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  ThemeIcon,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconCheck, IconMinus } from '@tabler/icons-react';
import { depthLabel, depthLabels } from '../../../shared/assessments/depth';
import type { Assessment, DepthEvidence, DepthSuggestion } from '../../../shared/assessments/schema';
import { errorMessage } from '../../app/client';
import { ChoiceButtons, DialogButtons, FormDialog } from '../../app/components/FormDialog';
import { NothingSaved, SaveForm } from '../../app/components/ServerErrors';
import { UkDateInput } from '../../app/components/UkDateInput';
import { useFields } from '../../app/useFields';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { useAssessments, useCreateAssessment, useDepthSuggestion } from './queries';

export function AssessDepthModal({
  employer,
  onClose,
}: {
  employer: { id: string; name: string } | null;
  onClose: () => void;
}) {
  return (
    <FormDialog request={employer} onClose={onClose} title="Assess engagement depth" size="xl">
      {(employer) => <Assessment employer={employer} onClose={onClose} />}
    </FormDialog>
  );
}

function Assessment({ employer, onClose }: { employer: { id: string; name: string }; onClose: () => void }) {
  const suggestion = useDepthSuggestion(employer.id);
  const history = useAssessments(employer.id);
  if (suggestion.isPending || history.isPending) return <Loader aria-label="Working out a suggestion" />;
  if (suggestion.isError) return <Alert color="red">{errorMessage(suggestion.error)}</Alert>;
  return (
    <AssessmentForm employer={employer} suggestion={suggestion.data} latest={history.data?.[0]} onClose={onClose} />
  );
}

const effectIcons = {
  raises: { icon: IconArrowUp, color: 'teal', label: 'Raises the depth' },
  lowers: { icon: IconArrowDown, color: 'red', label: 'Lowers the depth' },
  neutral: { icon: IconMinus, color: 'gray', label: 'No effect' },
} as const;

function Evidence({ item }: { item: DepthEvidence }) {
  const effect = effectIcons[item.effect];
  return (
    <List.Item
      icon={
        <ThemeIcon color={effect.color} variant="light" size="sm" radius="xl" role="img" aria-label={effect.label}>
          <effect.icon size={14} />
        </ThemeIcon>
      }
    >
      <Text size="sm">
        <Text span fw={600} size="sm">
          {item.factor}:
        </Text>{' '}
        {item.sentence}
      </Text>
    </List.Item>
  );
}

function AssessmentForm({
  employer,
  suggestion,
  latest,
  onClose,
}: {
  employer: { id: string; name: string };
  suggestion: DepthSuggestion;
  /** The last assessment: roles and benefits rarely change, so they start from it. */
  latest?: Assessment;
  onClose: () => void;
}) {
  const vocabulary = useVocabulary();
  const create = useCreateAssessment();
  const { values, setValues, inputProps, attempt, problem } = useFields({
    depth: String(suggestion.depth),
    rolesOurs: latest?.rolesOurs ?? [],
    knowTheirView: Boolean(latest?.rolesTheirs),
    rolesTheirs: latest?.rolesTheirs ?? [],
    indirect: latest?.indirect ?? false,
    benefits: latest?.benefits ?? [],
    rationale: '',
    assessedOn: new Date().toISOString().slice(0, 10),
  });
  const set = (changes: Partial<typeof values>) => setValues((current) => ({ ...current, ...changes }));
  const roleOptions = vocabulary.options('engagement_role');

  const save = attempt(async () => {
    await create.mutateAsync({
      employerId: employer.id,
      depth: Number(values.depth),
      suggestedDepth: suggestion.depth,
      rolesOurs: values.rolesOurs,
      rolesTheirs: values.knowTheirView ? values.rolesTheirs : null,
      indirect: values.indirect,
      benefits: values.benefits,
      rationale: values.rationale,
      assessedOn: values.assessedOn,
    });
    notifications.show({
      color: 'teal',
      message: `Saved: ${employer.name} is at depth ${depthLabel(Number(values.depth))}.`,
    });
    onClose();
  });

  return (
    <SaveForm onSave={save}>
      <Stack>
        <NothingSaved problem={problem} />
        <Paper withBorder p="md" bg="var(--mantine-color-teal-light)">
          <Group justify="space-between" align="flex-start" mb="xs">
            <div>
              <Text size="xs" tt="uppercase" fw={600} c="dimmed">
                Suggested from the record
              </Text>
              <Text fw={700} size="lg">
                {depthLabel(suggestion.depth)}
              </Text>
            </div>
            {values.depth === String(suggestion.depth) ? (
              <Group gap={4} c="teal.9">
                <IconCheck size={18} aria-hidden />
                <Text size="sm" fw={600}>
                  Using the suggestion
                </Text>
              </Group>
            ) : (
              <Button variant="light" onClick={() => set({ depth: String(suggestion.depth) })}>
                Use the suggestion
              </Button>
            )}
          </Group>
          <List spacing={6} center>
            {suggestion.evidence.map((item) => (
              <Evidence key={item.factor} item={item} />
            ))}
          </List>
        </Paper>
        <div>
          <ChoiceButtons
            label="Depth, from instrumental (1) to relational (5)"
            data={['1', '2', '3', '4', '5']}
            {...inputProps('depth')}
          />
          <Text size="xs" c="dimmed" mt={4}>
            {depthLabels[Number(values.depth)]}
            {values.depth !== String(suggestion.depth) ? ' · you are overriding the suggestion' : ''}
          </Text>
        </div>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <CodeChoices
            label="Their roles, as we see them"
            description="Several at once is normal. This is not a ladder."
            options={roleOptions}
            {...inputProps('rolesOurs')}
          />
          <Stack gap={6}>
            <Switch
              label="We know how they see their role"
              checked={values.knowTheirView}
              onChange={(event) => set({ knowTheirView: event.currentTarget.checked })}
            />
            {values.knowTheirView && (
              <CodeChoices label="Their roles, as they see them" options={roleOptions} {...inputProps('rolesTheirs')} />
            )}
            <Checkbox
              mt="sm"
              label="They engage indirectly, through an intermediary"
              checked={values.indirect}
              onChange={(event) => set({ indirect: event.currentTarget.checked })}
            />
          </Stack>
        </SimpleGrid>
        <CodeChoices
          label="What they get from it"
          options={vocabulary.options('benefit')}
          inline
          {...inputProps('benefits')}
        />
        <Textarea
          label="Why this depth"
          description="Your reasons, in a sentence or two. Funders may read this."
          autosize
          minRows={2}
          {...inputProps('rationale')}
        />
        <UkDateInput label="Date" w={220} clearable={false} {...inputProps('assessedOn')} />
        <DialogButtons onCancel={onClose} saving={create.isPending} label="Save assessment" />
      </Stack>
    </SaveForm>
  );
}

/** Tick boxes for several codes from a list. */
function CodeChoices({
  label,
  description,
  options,
  inline = false,
  value,
  onChange,
  error,
}: {
  label: string;
  description?: string;
  options: { value: string; label: string }[];
  inline?: boolean;
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
}) {
  const Layout = inline ? Group : Stack;
  return (
    <Checkbox.Group label={label} description={description} value={value} onChange={onChange} error={error}>
      <Layout gap={inline ? 'lg' : 6} mt={6}>
        {options.map((option) => (
          <Checkbox key={option.value} value={option.value} label={option.label} />
        ))}
      </Layout>
    </Checkbox.Group>
  );
}
