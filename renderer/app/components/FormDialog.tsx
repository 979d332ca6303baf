// A dialog holding one small form: it opens when there is a request and closes on Cancel,
// Escape or a save (asking first if something was typed). The form inside is mounted afresh for each request.
import { Button, Group, SegmentedControl, Text, type ModalProps } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { GuardedModal } from './DiscardGuard';

export function FormDialog<Request>({
  request,
  onClose,
  title,
  size,
  children,
}: {
  request: Request | null;
  onClose: () => void;
  title: string;
  size?: ModalProps['size'];
  children: (request: Request) => ReactNode;
}) {
  return (
    <GuardedModal opened={request !== null} onClose={onClose} title={title} size={size}>
      {request !== null && children(request)}
    </GuardedModal>
  );
}

/** Cancel, then the button that saves the form. */
export function DialogButtons({ onCancel, saving, label }: { onCancel: () => void; saving: boolean; label: string }) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" loading={saving}>
        {label}
      </Button>
    </Group>
  );
}

/** A choice of a few options shown side by side, with a visible label and its error. */
export function ChoiceButtons({
  label,
  data,
  value,
  onChange,
  error,
}: {
  label: string;
  data: (string | { value: string; label: string })[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const labelId = useId();
  return (
    <div>
      <Text size="sm" fw={500} id={labelId} mb={4}>
        {label}
      </Text>
      <SegmentedControl aria-labelledby={labelId} data={data} value={value} onChange={onChange} />
      {error && (
        <Text size="sm" c="var(--mantine-color-error)" mt={4}>
          {error}
        </Text>
      )}
    </div>
  );
}
