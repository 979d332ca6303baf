// "Add to calendar": the contact (or its follow-up) as an invitation file, opened with the
// computer's calendar program, which offers to add it.
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../../app/client';
import { useOpenExported } from '../exports/queries';
import { useExportToCalendar } from './queries';

export function AddToCalendarButton({
  interactionId,
  event,
  summary,
}: {
  interactionId: string;
  event: 'contact' | 'followUp';
  summary: string;
}) {
  const save = useExportToCalendar();
  const open = useOpenExported();
  const add = async () => {
    try {
      const file = await save.mutateAsync({ interactionId, event });
      await open.mutateAsync({ name: file.name });
      notifications.show({
        color: 'green',
        title: 'Opened in your calendar',
        message: `Saved ${file.name} in ${file.folder}. Accept it in your calendar program to add it.`,
      });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Nothing was added to your calendar', message: errorMessage(error) });
    }
  };
  return (
    <Button size="compact-sm" variant="subtle" loading={save.isPending} onClick={() => void add()}>
      {event === 'contact' ? 'Add to calendar' : 'Add follow-up to calendar'}
      <span className="visually-hidden"> “{summary}”</span>
    </Button>
  );
}
