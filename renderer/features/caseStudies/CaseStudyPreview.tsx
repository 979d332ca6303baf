// The case study as it will be exported: the same HTML the PDF is printed from.
import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import type { CaseStudyPreview as Preview, NameHit } from '../../../shared/caseStudies/schema';
import { errorMessage } from '../../app/client';
import { useRecordMutation } from '../../app/mutations';
import { notifyWithUndo } from '../../app/undoNotification';
import { usePreview } from './queries';

export function PreviewNotices({ id, preview }: { id: string; preview: Preview }) {
  const waiting = preview.hits.filter((hit) => !hit.kept);
  return (
    <>
      {preview.blocker && waiting.length === 0 && (
        <Alert color="yellow" title="This case study cannot be exported yet">
          {preview.blocker}
        </Alert>
      )}
      {waiting.length > 0 && <WordsToCheck id={id} preview={preview} waiting={waiting} />}
      {preview.flags.length > 0 && (
        <Alert color="yellow" title="Names from your record will be taken out">
          <Text size="sm">
            These names are in your record, so the export shows “[name removed]” in their place:{' '}
            {preview.flags
              .map((flag) => `${flag.name} (${flag.kind === 'employer' ? 'an employer' : 'a person'})`)
              .join(', ')}
            . Reword the text if you would like to say it another way.
          </Text>
        </Alert>
      )}
    </>
  );
}

/** Words that may still name someone: each to reword, or to keep on purpose (undoable). */
function WordsToCheck({ id, preview, waiting }: { id: string; preview: Preview; waiting: NameHit[] }) {
  const update = useRecordMutation('caseStudies.update');
  const kept = preview.hits.filter((hit) => hit.kept).map((hit) => hit.text);
  const keep = (hit: NameHit) =>
    update.mutate(
      { id, keptNames: [...kept, hit.text] },
      {
        onSuccess: () =>
          notifyWithUndo({ id: `kept-${id}-${hit.text}`, message: `“${hit.text}” is kept in the export.` }),
      },
    );
  return (
    <Alert color="yellow" title="Check these words before exporting">
      <Stack gap="xs">
        <Text size="sm">
          Each is part of a name in your record, so the anonymised copy may still say who someone is. Reword it in the
          text, or keep it if it means something else (a place or a product, say).
        </Text>
        {waiting.map((hit) => (
          <Group key={hit.text} gap="sm">
            <Text size="sm">
              “{hit.text}”, as in {hit.inName} ({hit.kind === 'employer' ? 'an employer' : 'a person'})
            </Text>
            <Button size="compact-sm" variant="default" loading={update.isPending} onClick={() => keep(hit)}>
              Keep “{hit.text}”
            </Button>
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}

export function CaseStudyPreview({ id }: { id: string }) {
  const preview = usePreview(id);
  if (preview.isPending) return <Loader aria-label="Making the preview" />;
  if (preview.isError) return <Alert color="red">{errorMessage(preview.error)}</Alert>;
  return (
    <Stack gap="sm">
      <PreviewNotices id={id} preview={preview.data} />
      <Text size="sm" c="dimmed">
        {preview.data.anonymised
          ? 'This is the anonymised copy: the employer is described, people are their roles, and references are left out.'
          : 'This copy names the employer and the people in it.'}
      </Text>
      <iframe
        title="Preview of the exported case study"
        srcDoc={preview.data.html}
        sandbox=""
        style={{
          width: '100%',
          height: 900,
          border: '1px solid var(--mantine-color-default-border)',
          borderRadius: 8,
          background: '#fff',
        }}
      />
    </Stack>
  );
}
