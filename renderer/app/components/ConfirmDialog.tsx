import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';

/** A yes/no question as a promise: `const confirmed = await ask('…')`. */
export function useConfirm({ title, confirmLabel }: { title: string; confirmLabel: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const resolver = useRef<(answer: boolean) => void>(() => {});
  const answer = (value: boolean) => {
    setMessage(null);
    resolver.current(value);
  };
  const ask = (text: string) =>
    new Promise<boolean>((resolve) => {
      resolver.current = resolve;
      setMessage(text);
    });
  const dialog = (
    <Modal opened={message !== null} onClose={() => answer(false)} title={title} centered>
      <Stack>
        <Text>{message}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => answer(false)} data-autofocus>
            Cancel
          </Button>
          <Button onClick={() => answer(true)}>{confirmLabel}</Button>
        </Group>
      </Stack>
    </Modal>
  );
  return { ask, dialog };
}
