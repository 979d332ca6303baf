import { Alert, Button, Group, List, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import type { JobProgress } from '../../../shared/jobs/schema';
import type { ImportSummary } from '../../../shared/imports/schema';
import { ExportedFileButtons } from '../exports/ExportedFileButtons';
import { useFollowProgress } from '../jobs/useFollowProgress';
import type { ImportWizard } from './useImportWizard';

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
const destinations = { employers: '/employers', people: '/people', interactions: '/employers' } as const;

export function ImportStep({ wizard }: { wizard: ImportWizard }) {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  useFollowProgress(wizard.busy ? wizard.preview!.importId : null, setProgress);
  if (wizard.summary) return <Imported summary={wizard.summary} onAgain={wizard.startAgain} />;
  if (!wizard.busy) {
    return (
      <Stack gap="md">
        <Alert color="yellow" role="alert">
          {wizard.problem}
        </Alert>
        <Group>
          <Button onClick={wizard.startAgain}>Start again</Button>
        </Group>
      </Stack>
    );
  }
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <Stack gap="md" maw={560}>
      <Text role="status">
        {progress?.stage === 'Saving' ? `Saving… ${percent}%` : 'Checking every row…'} Nothing is added until every row
        is saved, so you can cancel at any time.
      </Text>
      <Progress value={percent} animated aria-label="How far the import has got" />
      <Group>
        <Button variant="default" onClick={() => void wizard.cancel()}>
          Cancel import
        </Button>
      </Group>
    </Stack>
  );
}

function Imported({ summary, onAgain }: { summary: ImportSummary; onAgain: () => void }) {
  const { created } = summary;
  return (
    <Stack gap="md" maw={720}>
      <Alert color="teal" title={`Imported ${summary.fileName}`} role="status">
        <List size="sm" spacing={2}>
          {created.employers > 0 && <List.Item>Added {count(created.employers, 'employer', 'employers')}.</List.Item>}
          {created.people > 0 && <List.Item>Added {count(created.people, 'person', 'people')}.</List.Item>}
          {created.interactions > 0 && (
            <List.Item>Added {count(created.interactions, 'contact', 'contacts')}.</List.Item>
          )}
          {summary.updated > 0 && <List.Item>Updated {count(summary.updated, 'record', 'records')}.</List.Item>}
          {summary.skipped > 0 && (
            <List.Item>Skipped {count(summary.skipped, 'row', 'rows')} you already had.</List.Item>
          )}
        </List>
      </Alert>
      {summary.rowsToCheckFile && (
        <Alert color="yellow" title={rowsToCheckTitle(summary)}>
          <Text size="sm" mb="sm">
            Bridgework saved them, each with what happened and why, as <strong>{summary.rowsToCheckFile.name}</strong>{' '}
            in {summary.rowsToCheckFile.folder}.
            {summary.rejected > 0 && ' Fix the rows not imported in that file, then import them.'}
          </Text>
          <ExportedFileButtons file={summary.rowsToCheckFile} />
        </Alert>
      )}
      <Group>
        <Button variant="default" onClick={onAgain}>
          Import another file
        </Button>
        <Button component={Link} href={destinations[summary.target]}>
          {summary.target === 'people' ? 'Go to people' : 'Go to employers'}
        </Button>
      </Group>
    </Stack>
  );
}

function rowsToCheckTitle({ changed, rejected }: ImportSummary): string {
  const parts = [
    changed > 0 && `${count(changed, 'row was', 'rows were')} imported with changes`,
    rejected > 0 && `${count(rejected, 'row was', 'rows were')} not imported`,
  ].filter(Boolean);
  return parts.join('; ');
}
