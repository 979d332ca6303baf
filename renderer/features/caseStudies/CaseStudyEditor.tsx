// Writing up a case study: the drafted sections, edited in place and saved as you type.
import { Alert, Anchor, Group, Loader, Paper, Stack, Switch, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { sectionKeys, sectionTitles, type CaseStudy, type CaseStudySections } from '../../../shared/caseStudies/schema';
import { formatDate } from '../../../shared/dates';
import { errorMessage } from '../../app/client';
import { useRecordMutation } from '../../app/mutations';
import { useCaseStudy } from './queries';

export function CaseStudyEditor({ id }: { id: string }) {
  const study = useCaseStudy(id);
  if (study.isPending) return <Loader aria-label="Loading the case study" />;
  if (study.isError) {
    return (
      <Stack maw={620}>
        <Title order={1}>Case study not found</Title>
        <Alert color="red">{errorMessage(study.error)}</Alert>
        <Anchor component={Link} href="/case-studies">
          Go to the case studies
        </Anchor>
      </Stack>
    );
  }
  return <Editor study={study.data} />;
}

type Draft = { title: string; sections: CaseStudySections; anonymise: boolean };

function Editor({ study }: { study: CaseStudy }) {
  const update = useRecordMutation('caseStudies.update');
  const [draft, setDraft] = useState<Draft>({
    title: study.title,
    sections: study.sections,
    anonymise: study.anonymise,
  });
  const [state, setState] = useState<{ saving: boolean; error: string | null; savedAt: Date | null }>({
    saving: false,
    error: null,
    savedAt: null,
  });
  const latest = useRef(draft);
  latest.current = draft;
  const save = useDebouncedCallback(async () => {
    setState((current) => ({ ...current, saving: true }));
    try {
      await update.mutateAsync({ id: study.id, ...latest.current });
      setState({ saving: false, error: null, savedAt: new Date() });
    } catch (error) {
      setState({ saving: false, error: errorMessage(error), savedAt: null });
    }
  }, 700);
  // Anything typed is saved before the page is left.
  const pending = useRef(save);
  pending.current = save;
  useEffect(() => () => void pending.current.flush(), []);
  const change = (next: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...next }));
    save();
  };
  const setSection = (key: keyof CaseStudySections, text: string) =>
    change({ sections: { ...latest.current.sections, [key]: text } });
  return (
    <Stack gap="md" maw={900} pb="xl">
      <Anchor component={Link} href="/case-studies" size="sm">
        Back to case studies
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <div>
          <Text c="dimmed" size="sm">
            {study.employerName} · {formatDate(study.periodFrom)} to {formatDate(study.periodTo)}
          </Text>
          <Title order={1} size="h2">
            {draft.title || 'Untitled case study'}
          </Title>
        </div>
        <Text size="sm" c={state.error ? 'red.8' : 'dimmed'} role="status">
          {state.error
            ? `Not saved: ${state.error}`
            : state.saving
              ? 'Saving…'
              : state.savedAt
                ? 'All changes saved'
                : study.versions > 0
                  ? `${study.versions} earlier ${study.versions === 1 ? 'version' : 'versions'} kept`
                  : 'Drafted from the record. Edit any section.'}
        </Text>
      </Group>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <TextInput
            label="Title"
            value={draft.title}
            onChange={(event) => change({ title: event.currentTarget.value })}
          />
          <Switch
            label="Anonymise: describe the employer and people by their kind and role, not their names"
            description="This applies to the copy you export. The text here keeps the names so you can check the facts."
            checked={draft.anonymise}
            onChange={(event) => change({ anonymise: event.currentTarget.checked })}
          />
        </Stack>
      </Paper>
      {sectionKeys.map((key) => (
        <Paper key={key} withBorder p="md">
          <Textarea
            label={sectionTitles[key]}
            description="You can use Markdown: **bold**, - lists"
            autosize
            minRows={3}
            value={draft.sections[key]}
            onChange={(event) => setSection(key, event.currentTarget.value)}
          />
          {key === 'forEmployer' && (
            <Textarea
              mt="sm"
              label="A quote from the employer (optional)"
              autosize
              minRows={2}
              value={draft.sections.employerQuote}
              onChange={(event) => setSection('employerQuote', event.currentTarget.value)}
            />
          )}
        </Paper>
      ))}
    </Stack>
  );
}
