// While the record holds the sample data, every page says so, with the one step that removes it.
import { Alert, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLocation } from 'wouter';
import { errorMessage } from '../../app/client';
import { useConfirm } from '../../app/components/ConfirmDialog';
import { useRemoveSampleData } from '../app/queries';
import { useSettings } from '../settings/queries';

export function SampleDataBanner() {
  const [, navigate] = useLocation();
  const settings = useSettings();
  const confirm = useConfirm({ title: 'Remove the sample data?', confirmLabel: 'Remove sample data' });
  // The banner closes as the record empties, so what follows is said here, where it still runs.
  const remove = useRemoveSampleData({
    onSuccess: () => {
      navigate('/employers');
      notifications.show({
        color: 'teal',
        message: 'Removed the sample data. Your record is empty and ready for your own employers.',
      });
    },
    onError: (error) =>
      notifications.show({ color: 'red', title: 'The sample data was not removed', message: errorMessage(error) }),
  });
  if (!settings.data?.sampleData) return null;
  const ask = async () => {
    const sure = await confirm.ask(
      'Everything in your record goes, including anything you added while exploring. Your settings stay. Bridgework keeps a backup first, just in case.',
    );
    if (sure) remove.mutate(undefined);
  };
  return (
    <Alert color="yellow" variant="light" mb="md" title="You are exploring sample data">
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Text size="sm">
          The employers, people and contacts here are made up. Remove them when you are ready to start your own record.
        </Text>
        <Button
          color="yellow"
          variant="filled"
          style={{ flexShrink: 0 }}
          loading={remove.isPending}
          onClick={() => void ask()}
        >
          Remove sample data
        </Button>
      </Group>
      {confirm.dialog}
    </Alert>
  );
}
