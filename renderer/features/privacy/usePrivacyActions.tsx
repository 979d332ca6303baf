// A person's privacy actions: send them what we hold (subject access), or erase them.
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useLocation } from 'wouter';
import type { PersonListRow } from '../../../shared/people/schema';
import { errorMessage } from '../../app/client';
import { useConfirm } from '../../app/components/ConfirmDialog';
import { useRecordMutation } from '../../app/mutations';
import { ExportDialog } from '../exports/ExportDialog';
import { BackupsStillHolding, type Held } from './BackupsStillHolding';

type Named = Pick<PersonListRow, 'id' | 'name'>;

const formats = [
  { value: 'pdf' as const, label: 'PDF', description: 'To send to them by email or post' },
  { value: 'docx' as const, label: 'Word', description: 'To add a covering letter first' },
  { value: 'html' as const, label: 'Web page (HTML)', description: 'One file that opens in any browser' },
];

export function usePrivacyActions({ afterErasing }: { afterErasing?: string } = {}) {
  const [exporting, setExporting] = useState<Named | null>(null);
  const [held, setHeld] = useState<Held | null>(null);
  const erase = useRecordMutation('privacy.erasePerson');
  const [, navigate] = useLocation();
  const confirm = useConfirm({ title: 'Erase their details?', confirmLabel: 'Erase for good' });
  const subjectAccess = useRecordMutation('privacy.subjectAccess', { refresh: 'nothing' });
  const askToErase = async (person: Named) => {
    const sure = await confirm.ask(
      `${person.name}’s details, roles and place in every contact will be deleted for good. The change log will keep only that an erasure happened, and when. This cannot be undone.`,
    );
    if (!sure) return;
    try {
      const { mentions, backups } = await erase.mutateAsync({ id: person.id });
      // The page they were on is left once the backups are dealt with (the dialog is part of it).
      if (backups.length > 0) setHeld({ ...person, backups });
      else if (afterErasing) navigate(afterErasing);
      notifications.show({
        color: 'teal',
        autoClose: 12000,
        message:
          mentions > 0
            ? `Erased ${person.name}. ${mentions} ${mentions === 1 ? 'record still mentions' : 'records still mention'} them by name: check ${mentions === 1 ? 'it' : 'them'} in Settings, under Privacy.`
            : `Erased ${person.name}. Nothing else in your record mentions them.`,
      });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Nothing was changed', message: errorMessage(error) });
    }
  };
  const dialogs = (
    <>
      {confirm.dialog}
      <BackupsStillHolding
        held={held}
        onClose={() => {
          setHeld(null);
          if (afterErasing) navigate(afterErasing);
        }}
      />
      <ExportDialog
        opened={exporting !== null}
        onClose={() => setExporting(null)}
        title={`What we hold about ${exporting?.name ?? ''}`}
        formats={formats}
        run={(format, jobId) => subjectAccess.mutateAsync({ id: exporting!.id, format, jobId })}
      />
    </>
  );
  return { exportWhatWeHold: setExporting, askToErase, dialogs };
}
