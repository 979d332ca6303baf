// The desktop app's native menus, built from the same list of commands the page binds its
// shortcuts from (shared/app/commands.ts). Plain data, so it is tested without Electron; main.ts
// hands it to Menu.buildFromTemplate.
import {
  commandEvent,
  commandQueue,
  commands,
  menuAccelerator,
  type QueuedCommand,
  type CommandId,
  type CommandMenu,
} from '../shared/app/commands';

type MenuItem = Electron.MenuItemConstructorOptions;
const separator: MenuItem = { type: 'separator' };
const role = (name: NonNullable<MenuItem['role']>): MenuItem => ({ role: name });

export type MenuOptions = {
  mac: boolean;
  /** Developer tools only in a build that is not packaged. */
  packaged: boolean;
  run: (id: CommandId) => void;
};

export function menuTemplate({ mac, packaged, run }: MenuOptions): MenuItem[] {
  const itemsOf = (menu: CommandMenu, leaveOut: CommandId[] = []): MenuItem[] =>
    commands
      .filter((command) => command.menu === menu && !leaveOut.includes(command.id))
      .flatMap((command) => [
        ...(command.separatorBefore ? [separator] : []),
        {
          label: command.label,
          accelerator: command.shortcut ? menuAccelerator(command.shortcut) : undefined,
          // The page binds the shortcut itself (the browser host has no menus), so the menu only
          // shows it; a click runs it.
          registerAccelerator: false,
          click: (_item, _window, event) => {
            if (!event.triggeredByAccelerator) run(command.id);
          },
        } satisfies MenuItem,
      ]);
  const about = itemsOf('help').find((item) => item.label === 'About Bridgework')!;
  return [
    ...(mac
      ? [
          {
            label: 'Bridgework',
            submenu: [
              about,
              separator,
              role('services'),
              separator,
              role('hide'),
              role('hideOthers'),
              role('unhide'),
              separator,
              role('quit'),
            ],
          },
        ]
      : []),
    { label: 'File', submenu: [...itemsOf('file'), ...(mac ? [] : [separator, role('quit')])] },
    {
      label: 'Edit',
      // Undo and Redo act on the record; in a text box the page leaves them to the text box.
      submenu: [...itemsOf('edit'), separator, role('cut'), role('copy'), role('paste'), role('selectAll')],
    },
    {
      label: 'View',
      submenu: [
        ...itemsOf('view'),
        separator,
        role('resetZoom'),
        role('zoomIn'),
        role('zoomOut'),
        separator,
        role('togglefullscreen'),
        ...(packaged ? [] : [role('toggleDevTools')]),
      ],
    },
    ...(mac ? [role('windowMenu')] : []),
    { role: 'help', submenu: itemsOf('help', mac ? ['about'] : []) },
  ];
}

/** The script that hands a command to the page (the preload exposes nothing but `invoke`). */
export function commandScript(command: QueuedCommand): string {
  return `(window.${commandQueue} ||= []).push(${JSON.stringify(command)}); window.dispatchEvent(new Event(${JSON.stringify(commandEvent)}));`;
}

/** A Bridgework backup among the arguments the system started the app with (a double-click). */
export function backupFileIn(argv: string[]): string | null {
  return argv.slice(1).find((arg) => /\.bwbackup$/i.test(arg)) ?? null;
}
