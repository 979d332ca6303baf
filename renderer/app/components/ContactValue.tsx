// An email address or phone number as people use it: copied in one click, and an address opens
// a new email in the computer's own mail program (a mailto: link, which Electron hands to it).
import { Button, CopyButton, Group, Text } from '@mantine/core';

export function ContactValue({ value, kind }: { value: string | null; kind: 'email' | 'phone' }) {
  if (!value) return <Text>—</Text>;
  return (
    <Group gap="xs" wrap="nowrap" align="center">
      <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        {value}
      </Text>
      {kind === 'email' && (
        <Button
          component="a"
          href={`mailto:${encodeURIComponent(value).replace(/%40/g, '@')}`}
          target="_blank"
          size="compact-xs"
          variant="light"
          aria-label={`Email ${value}`}
        >
          Email
        </Button>
      )}
      <CopyValueButton value={value} label={value} />
    </Group>
  );
}

/** Copies `value`; says Copied once it has. `label` names what is copied for a screen reader. */
export function CopyValueButton({ value, label }: { value: string; label: string }) {
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button size="compact-xs" variant="subtle" onClick={copy} aria-label={`Copy ${label}`} w="fit-content">
          {copied ? 'Copied' : 'Copy'}
        </Button>
      )}
    </CopyButton>
  );
}
