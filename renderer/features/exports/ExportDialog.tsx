// Exporting a document: choose the format, watch it being made (and cancel it), then open the
// file or show it in its folder. Used for case studies and funder reports.
import { Alert, Button, Group, Modal, Progress, Radio, Stack, Text } from '@mantine/core';
import { IconFileCheck } from '@tabler/icons-react';
import { useRef, useState, type ReactNode } from 'react';
import type { ExportedFile } from '../../../shared/exports/schema';
import type { JobProgress } from '../../../shared/jobs/schema';
import { errorMessage, RequestError } from '../../app/client';
import { useCancelJob } from '../jobs/queries';
import { useFollowProgress } from '../jobs/useFollowProgress';
import { ExportedFileButtons } from './ExportedFileButtons';

export type ExportFormat<F extends string> = { value: F; label: string; description: string };

type State =
  | { step: 'choose'; problem: string | null }
  | { step: 'working'; jobId: string; progress: JobProgress | null }
  | { step: 'done'; file: ExportedFile };

export function ExportDialog<F extends string>({
  opened,
  onClose,
  title,
  formats,
  run,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  formats: ExportFormat<F>[];
  /** Makes the file; `jobId` lets the dialog follow its progress and cancel it. */
  run: (format: F, jobId: string) => Promise<ExportedFile>;
  /** Anything else to choose before exporting. */
  children?: ReactNode;
}) {
  const [format, setFormat] = useState<F>(formats[0]!.value);
  const [state, setState] = useState<State>({ step: 'choose', problem: null });
  const working = state.step === 'working' ? state.jobId : null;
  useFollowProgress(working, (progress) =>
    setState((current) => (current.step === 'working' ? { ...current, progress } : current)),
  );
  // The export this dialog is waiting for; one the user walked away from is not reported.
  const awaited = useRef<string | null>(null);
  const cancel = useCancelJob();
  const close = () => {
    if (working) cancel.mutate({ jobId: working });
    awaited.current = null;
    setState({ step: 'choose', problem: null });
    onClose();
  };
  const start = async () => {
    const jobId = crypto.randomUUID();
    awaited.current = jobId;
    setState({ step: 'working', jobId, progress: null });
    let next: State;
    try {
      next = { step: 'done', file: await run(format, jobId) };
    } catch (error) {
      const cancelled = error instanceof RequestError && error.error.code === 'cancelled';
      next = {
        step: 'choose',
        problem: cancelled ? 'You cancelled the export. No file was saved.' : errorMessage(error),
      };
    }
    if (awaited.current === jobId) setState(next);
  };
  return (
    <Modal opened={opened} onClose={close} title={title} size="lg">
      {state.step === 'done' ? (
        <Exported file={state.file} onClose={close} />
      ) : (
        <Stack gap="md">
          {state.step === 'choose' && state.problem && (
            <Alert color="red" title="The file was not made" role="alert">
              {state.problem}
            </Alert>
          )}
          {children}
          <Radio.Group label="Format" value={format} onChange={(value) => setFormat(value as F)}>
            <Stack gap="xs" mt="xs">
              {formats.map((option) => (
                <Radio
                  key={option.value}
                  value={option.value}
                  label={option.label}
                  description={option.description}
                  disabled={Boolean(working)}
                />
              ))}
            </Stack>
          </Radio.Group>
          {state.step === 'working' && (
            <Stack gap={4} role="status">
              <Text size="sm">{state.progress?.stage ?? 'Starting'}…</Text>
              <Progress
                value={state.progress ? (state.progress.done / Math.max(1, state.progress.total)) * 100 : 5}
                animated
                aria-label="How far the export has got"
              />
            </Stack>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={working ? () => cancel.mutate({ jobId: working }) : close}>
              {working ? 'Cancel export' : 'Cancel'}
            </Button>
            <Button onClick={() => void start()} loading={Boolean(working)}>
              Export
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

function Exported({ file, onClose }: { file: ExportedFile; onClose: () => void }) {
  return (
    <Stack gap="md">
      <Alert color="teal" icon={<IconFileCheck />} title="Your file is ready" role="status">
        <Text size="sm">
          Saved <strong>{file.name}</strong> in {file.folder}
        </Text>
      </Alert>
      <ExportedFileButtons file={file}>
        <Button variant="default" onClick={onClose}>
          Done
        </Button>
      </ExportedFileButtons>
    </Stack>
  );
}
