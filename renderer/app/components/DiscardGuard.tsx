// A dialog that has been typed in asks before it is thrown away: Escape, its close button or a
// click outside it ask "Discard your changes?" instead of closing. Cancel still closes at once.
import { Alert, Button, Group, Modal, Stack, Text, type ModalProps } from '@mantine/core';
import { useEffect, useId, useRef, useState, type RefObject } from 'react';

export function DiscardChanges({
  opened,
  onKeepEditing,
  onDiscard,
}: {
  opened: boolean;
  onKeepEditing: () => void;
  onDiscard: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onKeepEditing} title="Discard your changes?" centered>
      <Stack>
        <Text>You have changes that are not saved. If you leave now, they will be lost.</Text>
        <DiscardButtons onKeepEditing={onKeepEditing} onDiscard={onDiscard} justify="flex-end" />
      </Stack>
    </Modal>
  );
}

/** Keep editing (focused first), then Discard changes. */
function DiscardButtons({
  onKeepEditing,
  onDiscard,
  keepEditingRef,
  justify,
}: {
  onKeepEditing: () => void;
  onDiscard: () => void;
  keepEditingRef?: RefObject<HTMLButtonElement | null>;
  justify?: 'flex-end';
}) {
  return (
    <Group justify={justify}>
      <Button ref={keepEditingRef} variant="default" onClick={onKeepEditing} data-autofocus>
        Keep editing
      </Button>
      <Button color="red" onClick={onDiscard}>
        Discard changes
      </Button>
    </Group>
  );
}

/** The question asked inside a dialog about to be closed with typing in it. */
function DiscardQuestion({ onKeepEditing, onDiscard }: { onKeepEditing: () => void; onDiscard: () => void }) {
  const id = useId();
  const keepEditing = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    keepEditing.current?.scrollIntoView({ block: 'nearest' });
    keepEditing.current?.focus();
  }, []);
  return (
    <Alert
      color="red"
      role="alertdialog"
      aria-labelledby={id}
      title={<span id={id}>Discard your changes?</span>}
      mb="md"
    >
      <Text size="sm" mb="sm">
        You have typed something that is not saved. If you close this now, it will be lost.
      </Text>
      <DiscardButtons onKeepEditing={onKeepEditing} onDiscard={onDiscard} keepEditingRef={keepEditing} />
    </Alert>
  );
}

/**
 * A Modal that asks before closing once anything has been typed in it. The question sits inside
 * the dialog itself; Escape while it is asked means keep editing.
 */
export function GuardedModal({ opened, onClose, children, ...props }: ModalProps) {
  const typed = useRef(false);
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    if (!opened) typed.current = false;
  }, [opened]);
  const close = () => {
    if (asking) setAsking(false);
    else if (typed.current) setAsking(true);
    else onClose();
  };
  return (
    <Modal opened={opened} onClose={close} {...props}>
      {asking && (
        <DiscardQuestion
          onKeepEditing={() => setAsking(false)}
          onDiscard={() => {
            setAsking(false);
            typed.current = false;
            onClose();
          }}
        />
      )}
      <div
        onInput={() => {
          typed.current = true;
        }}
      >
        {children}
      </div>
    </Modal>
  );
}
