// The files kept from a contact's email, each opened from Bridgework's own checked copy.
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip } from '@tabler/icons-react';
import type { Interaction } from '../../../shared/interactions/schema';
import { errorMessage } from '../../app/client';
import { fileSize } from '../../app/files';
import { useOpenEvidence } from './queries';

export function AttachmentButtons({ attachments }: { attachments: Interaction['attachments'] }) {
  const openEvidence = useOpenEvidence();
  if (attachments.length === 0) return null;
  return (
    <Group gap="xs">
      {attachments.map((file) => (
        <Button
          key={file.id}
          size="compact-sm"
          variant="light"
          leftSection={<IconPaperclip size={14} aria-hidden />}
          onClick={() =>
            openEvidence.mutate(
              { id: file.id },
              {
                onError: (error) =>
                  notifications.show({
                    color: 'red',
                    title: 'The file could not be opened',
                    message: errorMessage(error),
                  }),
              },
            )
          }
        >
          <span className="visually-hidden">Open </span>
          {file.fileName}
          {file.sizeBytes !== null && <span className="visually-hidden"> ({fileSize(file.sizeBytes)})</span>}
        </Button>
      ))}
    </Group>
  );
}
