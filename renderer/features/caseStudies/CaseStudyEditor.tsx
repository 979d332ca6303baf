// Writing up a case study: the drafted sections, edited in place and saved as you type; the
// moments that mattered; consent to be named; then a preview and export.
import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Loader,
  Paper,
  Stack,
  Switch,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconDownload, IconSparkles, IconTrash } from '@tabler/icons-react';
import { useDebouncedCallback } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import {
  sectionKeys,
  sectionPrompts,
  sectionTitles,
  type CaseStudy,
  type caseStudyFormats,
  type CaseStudySections,
} from '../../../shared/caseStudies/schema';
import { formatDate } from '../../../shared/dates';
import { errorMessage } from '../../app/client';
import { useRecordMutation } from '../../app/mutations';
import { notifyWithUndo } from '../../app/undoNotification';
import { ExportDialog, type ExportFormat } from '../exports/ExportDialog';
import { CaseStudyPreview, PreviewNotices } from './CaseStudyPreview';
import { ConsentPanel } from './ConsentPanel';
import { HighlightsModal } from './HighlightsModal';
import { useCaseStudy, useExportCaseStudy, usePreview } from './queries';

const formats: ExportFormat<CaseStudyFormat>[] = [
  { value: 'pdf', label: 'PDF', description: 'Ready to send or print, A4 with page numbers' },
  { value: 'docx', label: 'Word', description: 'To edit further in Word or LibreOffice' },
  { value: 'html', label: 'Web page (HTML)', description: 'One file that opens in any browser' },
  { value: 'md', label: 'Markdown', description: 'Plain text with headings, for websites and newsletters' },
];

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
type CaseStudyFormat = (typeof caseStudyFormats)[number];

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
  const [dialog, setDialog] = useState<'highlights' | 'export' | null>(null);
  const [tab, setTab] = useState<string | null>('write');
  const preview = usePreview(study.id, dialog === 'export');
  const exportStudy = useExportCaseStudy();
  const openExport = () => {
    void save.flush();
    setDialog('export');
  };
  const moveToTrash = useMoveToTrash(study, () => save.flush());
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
        <Group gap="xs">
          <Button variant="default" leftSection={<IconSparkles size={16} />} onClick={() => setDialog('highlights')}>
            Choose highlights
          </Button>
          <Button leftSection={<IconDownload size={16} />} onClick={openExport}>
            Export case study
          </Button>
          <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => void moveToTrash()}>
            Move to Trash
          </Button>
        </Group>
      </Group>
      <Group justify="flex-end" mt={-8}>
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
          {!draft.anonymise && <ConsentPanel study={study} />}
        </Stack>
      </Paper>
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List>
          <Tabs.Tab value="write">Write</Tabs.Tab>
          <Tabs.Tab value="preview">Preview</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="preview" pt="md">
          {tab === 'preview' && <CaseStudyPreview id={study.id} />}
        </Tabs.Panel>
        <Tabs.Panel value="write" pt="md">
          <Stack gap="md">
            {sectionKeys.map((key) => (
              <Paper key={key} withBorder p="md">
                <Textarea
                  label={sectionTitles[key]}
                  description={`${sectionPrompts[key]} You can use Markdown: **bold**, - lists.`}
                  autosize
                  minRows={3}
                  value={draft.sections[key]}
                  onChange={(event) => setSection(key, event.currentTarget.value)}
                />
                {key === 'forEmployer' &&
                  !draft.sections.forEmployer.trim() &&
                  !draft.sections.employerQuote.trim() && (
                    <Alert color="yellow" mt="sm" title="The record says little about what the employer got">
                      No benefits, roles, filled offers or feedback were recorded for this period. Ask the employer how
                      it worked for them, then write it here or add their words as a quote.
                    </Alert>
                  )}
                {key === 'together' && <ChosenHighlights study={study} onChoose={() => setDialog('highlights')} />}
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
        </Tabs.Panel>
      </Tabs>
      <HighlightsModal study={study} opened={dialog === 'highlights'} onClose={() => setDialog(null)} />
      <ExportDialog
        opened={dialog === 'export'}
        onClose={() => setDialog(null)}
        title="Export the case study"
        formats={formats}
        run={(format, jobId) => exportStudy.mutateAsync({ id: study.id, format, jobId })}
      >
        {preview.data && <PreviewNotices id={study.id} preview={preview.data} />}
        <Text size="sm">
          {draft.anonymise
            ? 'The export is anonymised: the employer is described, people are their roles, and references are left out.'
            : `The export names ${study.employerName} and the people in it.`}
        </Text>
      </ExportDialog>
    </Stack>
  );
}

function ChosenHighlights({ study, onChoose }: { study: CaseStudy; onChoose: () => void }) {
  return (
    <Stack gap={4} mt="sm">
      <Text size="sm" fw={500}>
        Moments that mattered
      </Text>
      {study.highlights.length === 0 ? (
        <Text size="sm" c="dimmed">
          None chosen yet.{' '}
          <Anchor component="button" type="button" size="sm" onClick={onChoose}>
            Choose from the timeline
          </Anchor>
        </Text>
      ) : (
        <List size="sm" spacing={2}>
          {study.highlights.map((item) => (
            <List.Item key={`${item.type} ${item.key}`}>
              {formatDate(item.on)}: {item.text}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** Moves the case study to Trash and goes back to the list, with an Undo that brings it back. */
function useMoveToTrash(study: CaseStudy, beforeMoving: () => unknown) {
  const archive = useRecordMutation('caseStudies.archive');
  const [, navigate] = useLocation();
  return async () => {
    await beforeMoving();
    try {
      await archive.mutateAsync({ id: study.id });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Nothing was changed', message: errorMessage(error) });
      return;
    }
    navigate('/case-studies');
    notifyWithUndo({
      id: `archive-${study.id}`,
      message: `Moved ${study.title} to Trash.`,
    });
  };
}
