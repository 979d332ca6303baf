// Runs what the menus and their shortcuts ask for. The page binds every shortcut itself, so the
// browser host has them; the desktop app's menus show the same shortcuts and fire the same
// commands through `commandEvent`.
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { commands, type CommandId } from '../../shared/app/commands';
import { useBackUp } from '../features/backups/useBackUp';
import { AboutDialog } from '../features/help/AboutDialog';
import { ShortcutsDialog } from '../features/help/ShortcutsDialog';
import { useLogInteraction } from '../features/interactions/LogInteraction';
import { lockNow } from '../features/security/queries';
import { settingsQueries } from '../features/settings/queries';
import { redoLatest, undoLatest } from '../features/changes/undo';
import { errorMessage } from './client';
import { useQueuedCommands } from './commandQueue';
import { searchPalette } from '../features/search/SearchPalette';
import { mailCapture } from '../features/mail/MailCapture';

const pages: Partial<Record<CommandId, string>> = {
  'new-employer': '/employers/new',
  import: '/import',
  settings: '/settings',
  'user-guide': '/help',
  'go-today': '/today',
  'go-employers': '/employers',
  'go-people': '/people',
  'go-programmes': '/programmes',
  'go-reports': '/reports',
  'go-case-studies': '/case-studies',
};

/** Opens Settings at one of its panels, and moves the focus there. */
function useShowSetting() {
  const [, navigate] = useLocation();
  return (panelId: string) => {
    navigate('/settings');
    let frames = 0;
    const reveal = () => {
      const panel = document.getElementById(panelId);
      if (panel) {
        panel.scrollIntoView({ block: 'start' });
        panel.focus({ preventScroll: true });
      } else if (frames++ < 120) requestAnimationFrame(reveal);
    };
    requestAnimationFrame(reveal);
  };
}

export function AppCommands() {
  const [, navigate] = useLocation();
  const logContact = useLogInteraction();
  const queryClient = useQueryClient();
  const showSetting = useShowSetting();
  const [dialog, setDialog] = useState<'shortcuts' | 'about' | null>(null);

  const backUp = useBackUp();
  const backUpNow = () =>
    backUp.mutate(
      { elsewhere: false },
      {
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: 'The backup was not made',
            message: `${errorMessage(error)} Your record has not changed.`,
          }),
      },
    );

  const lock = async () => {
    const settings = await queryClient.fetchQuery(settingsQueries.query('settings.get'));
    if (settings.encrypted) return lockNow();
    notifications.show({
      color: 'blue',
      title: 'There is nothing to lock yet',
      message: 'Set a passphrase first. Bridgework can then lock your record when you step away.',
    });
    showSetting('passphrase');
  };

  const run = (id: CommandId) => {
    const page = pages[id];
    if (page) return navigate(page);
    switch (id) {
      case 'log-contact':
        return logContact();
      case 'log-emails':
        return mailCapture.open();
      case 'search':
        return searchPalette.open();
      case 'export':
        return showSetting('your-data');
      case 'restore':
        return showSetting('backups');
      case 'back-up':
        return backUpNow();
      case 'lock':
        return void lock().catch(() => undefined);
      case 'keyboard-shortcuts':
        return setDialog('shortcuts');
      case 'about':
        return setDialog('about');
      case 'undo':
        return void undoLatest();
      case 'redo':
        return void redoLatest();
    }
  };
  // The menus and shortcuts are bound once; they call whatever `run` is now.
  const latest = useRef(run);
  latest.current = run;

  useHotkeys(
    commands.flatMap((command) =>
      command.shortcut ? [[command.shortcut, () => latest.current(command.id)] as [string, () => void]] : [],
    ),
    [],
  );
  useQueuedCommands((command) => {
    if (command.id === 'open-backup') return false;
    run(command.id);
    return true;
  });

  return (
    <>
      <ShortcutsDialog opened={dialog === 'shortcuts'} onClose={() => setDialog(null)} />
      <AboutDialog opened={dialog === 'about'} onClose={() => setDialog(null)} />
    </>
  );
}
