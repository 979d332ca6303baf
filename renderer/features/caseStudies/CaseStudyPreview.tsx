// The case study as it will be exported: the same HTML the PDF is printed from.
import { Alert, Loader, Stack, Text } from '@mantine/core';
import type { CaseStudyPreview as Preview } from '../../../shared/caseStudies/schema';
import { errorMessage } from '../../app/client';
import { usePreview } from './queries';

export function PreviewNotices({ preview }: { preview: Preview }) {
  return (
    <>
      {preview.blocker && (
        <Alert color="yellow" title="This case study cannot be exported yet">
          {preview.blocker}
        </Alert>
      )}
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

export function CaseStudyPreview({ id }: { id: string }) {
  const preview = usePreview(id);
  if (preview.isPending) return <Loader aria-label="Making the preview" />;
  if (preview.isError) return <Alert color="red">{errorMessage(preview.error)}</Alert>;
  return (
    <Stack gap="sm">
      <PreviewNotices preview={preview.data} />
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
