import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

/** Says what just happened, with one button (Undo, Redo) that stays for eight seconds. */
export function notifyWithAction(id: string, message: string, action?: { label: string; run: () => void }) {
  notifications.show({
    id,
    color: 'teal',
    autoClose: 8000,
    message: (
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" style={{ minWidth: 0 }}>
          {message}
        </Text>
        {action && (
          <Button
            size="compact-sm"
            variant="light"
            // A message on two lines must not squeeze the button to "Un".
            style={{ flexShrink: 0 }}
            onClick={() => {
              notifications.hide(id);
              action.run();
            }}
          >
            {action.label}
          </Button>
        )}
      </Group>
    ),
  });
}
