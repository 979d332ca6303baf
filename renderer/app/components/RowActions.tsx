// A table row's two actions: one that keeps or brings back, and one that removes (in red).
import { Button, Group } from '@mantine/core';

type Action = { label: string; name: string; onClick: () => void };

export function RowActions({ keep, remove }: { keep: Action; remove: Action }) {
  return (
    <Group gap="xs" justify="flex-end" wrap="nowrap">
      <Button size="compact-sm" variant="light" onClick={keep.onClick} aria-label={keep.name}>
        {keep.label}
      </Button>
      <Button size="compact-sm" variant="subtle" color="red" onClick={remove.onClick} aria-label={remove.name}>
        {remove.label}
      </Button>
    </Group>
  );
}
