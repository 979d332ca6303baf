// Emails and invitations dropped anywhere on the window, or chosen from File → Log emails, open
// the Log emails dialog. Dropped on an employer's or a person's page, they are taken to be with
// that employer.
import { Overlay, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { LogMailDialog, type MailBatch } from './LogMailDialog';

let openLogMail: ((batch: MailBatch) => void) | null = null;

/** Opens Log emails, empty (to choose files) or with files already dropped. */
export const mailCapture = { open: (files: File[] = []) => openLogMail?.({ files }) };

const pageIds = (location: string) => ({
  employerId: /^\/employers\/([0-9a-f-]{36})/.exec(location)?.[1],
  personId: /^\/people\/([0-9a-f-]{36})/.exec(location)?.[1],
});

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

export function MailCapture() {
  const [location] = useLocation();
  const [batch, setBatch] = useState<MailBatch | null>(null);
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  const where = useRef(pageIds(location));
  where.current = pageIds(location);

  useEffect(() => {
    openLogMail = ({ files }) => setBatch({ files, ...where.current });
    return () => {
      openLogMail = null;
    };
  }, []);

  useEffect(() => {
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current++;
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setDragging(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      // More files dropped while the dialog is open join the ones already in it.
      setBatch((current) =>
        current ? { ...current, files: [...current.files, ...files] } : { files, ...where.current },
      );
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const onPage = where.current.employerId
    ? 'They will be logged with this employer.'
    : where.current.personId
      ? 'They will be logged with this person’s employer.'
      : 'Bridgework finds the employer from the people on them.';
  return (
    <>
      {dragging && (
        <Overlay fixed zIndex={400} backgroundOpacity={0.55} blur={2} center>
          <Stack align="center" gap="xs" c="white" style={{ pointerEvents: 'none' }}>
            <ThemeIcon size={56} radius="xl" variant="white">
              <IconMail size={32} aria-hidden />
            </ThemeIcon>
            <Text fz="xl" fw={700}>
              Drop emails or invitations to log them
            </Text>
            <Text>{onPage}</Text>
          </Stack>
        </Overlay>
      )}
      <LogMailDialog
        batch={batch}
        onAddFiles={(files) =>
          setBatch((current) => ({ ...(current ?? where.current), files: [...(current?.files ?? []), ...files] }))
        }
        onClose={() => setBatch(null)}
      />
    </>
  );
}
