// "Open file" and "Show in folder" for a file Bridgework wrote, with any problem shown above them.
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { ExportedFile } from '../../../shared/exports/schema';
import { errorMessage } from '../../app/client';
import { useOpenExported, useShowExported } from './queries';

export function ExportedFileButtons({ file, children }: { file: ExportedFile; children?: ReactNode }) {
  const [problem, setProblem] = useState<string | null>(null);
  const open = useOpenExported();
  const show = useShowExported();
  const act = (action: { mutateAsync: (input: { name: string }) => Promise<unknown> }) => async () => {
    try {
      setProblem(null);
      await action.mutateAsync({ name: file.name });
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  return (
    <Stack gap="sm">
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      <Group justify="flex-end">
        {children}
        <Button variant="light" onClick={() => void act(show)()}>
          Show in folder
        </Button>
        <Button onClick={() => void act(open)()} data-autofocus>
          Open file
        </Button>
      </Group>
    </Stack>
  );
}
