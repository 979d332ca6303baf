// Everything the menus can do, with its shortcut: the desktop app builds its native menus from
// this list, and the page binds the same shortcuts itself, so the browser host has them too.
// Shortcuts use Mantine's spelling ('mod' is Ctrl, or Cmd on a Mac).

export type CommandMenu = 'file' | 'edit' | 'view' | 'help';

export type Command = {
  id: CommandId;
  menu: CommandMenu;
  label: string;
  /** What it does, for the keyboard shortcuts list. */
  description: string;
  shortcut?: string;
  /** Starts a new group in its menu. */
  separatorBefore?: boolean;
};

export const commandIds = [
  'new-employer',
  'log-contact',
  'log-emails',
  'search',
  'import',
  'export',
  'back-up',
  'restore',
  'lock',
  'settings',
  'undo',
  'redo',
  'go-today',
  'go-employers',
  'go-people',
  'go-programmes',
  'go-reports',
  'go-case-studies',
  'keyboard-shortcuts',
  'user-guide',
  'about',
] as const;
export type CommandId = (typeof commandIds)[number];

export const commands: Command[] = [
  {
    id: 'new-employer',
    menu: 'file',
    label: 'New employer',
    description: 'Add an employer',
    shortcut: 'mod+shift+E',
  },
  {
    id: 'log-contact',
    menu: 'file',
    label: 'Log contact',
    description: 'Log a call, email or visit',
    shortcut: 'mod+L',
  },
  {
    id: 'log-emails',
    menu: 'file',
    label: 'Log emails',
    description: 'Log emails and calendar invitations saved from your mail program',
    shortcut: 'mod+shift+M',
  },
  { id: 'search', menu: 'file', label: 'Search', description: 'Find anyone or anything', shortcut: 'mod+K' },
  {
    id: 'import',
    menu: 'file',
    label: 'Import a spreadsheet',
    description: 'Import employers, people or contacts from a spreadsheet',
    shortcut: 'mod+O',
    separatorBefore: true,
  },
  { id: 'export', menu: 'file', label: 'Export your data', description: 'Export everything, or one list' },
  {
    id: 'back-up',
    menu: 'file',
    label: 'Back up now',
    description: 'Make a backup of your record',
    shortcut: 'mod+shift+B',
    separatorBefore: true,
  },
  { id: 'restore', menu: 'file', label: 'Restore a backup', description: 'Go back to a backup of your record' },
  {
    id: 'lock',
    menu: 'file',
    label: 'Lock now',
    description: 'Lock Bridgework (when your record has a passphrase)',
    shortcut: 'mod+shift+L',
    separatorBefore: true,
  },
  { id: 'settings', menu: 'file', label: 'Settings', description: 'Open Settings', shortcut: 'mod+,' },
  {
    id: 'undo',
    menu: 'edit',
    label: 'Undo',
    description: 'Undo your last change (in a text box: undo your typing)',
    shortcut: 'mod+Z',
  },
  {
    id: 'redo',
    menu: 'edit',
    label: 'Redo',
    description: 'Redo the change you last undid',
    shortcut: 'mod+shift+Z',
  },
  { id: 'go-today', menu: 'view', label: 'Today', description: 'Go to Today', shortcut: 'mod+1' },
  { id: 'go-employers', menu: 'view', label: 'Employers', description: 'Go to Employers', shortcut: 'mod+2' },
  { id: 'go-people', menu: 'view', label: 'People', description: 'Go to People', shortcut: 'mod+3' },
  { id: 'go-programmes', menu: 'view', label: 'Programmes', description: 'Go to Programmes', shortcut: 'mod+4' },
  { id: 'go-reports', menu: 'view', label: 'Reports', description: 'Go to Reports', shortcut: 'mod+5' },
  { id: 'go-case-studies', menu: 'view', label: 'Case studies', description: 'Go to Case studies', shortcut: 'mod+6' },
  {
    id: 'keyboard-shortcuts',
    menu: 'help',
    label: 'Keyboard shortcuts',
    description: 'Show this list',
    shortcut: 'mod+/',
  },
  { id: 'user-guide', menu: 'help', label: 'User guide', description: 'Read the user guide', shortcut: 'F1' },
  { id: 'about', menu: 'help', label: 'About Bridgework', description: 'See the version and where your data is' },
];

/**
 * How the desktop app's menus reach the page without the preload exposing more than `invoke`:
 * Electron's main process adds the command to `window[commandQueue]` and fires `commandEvent`.
 * A queue, because a backup double-clicked to start the app arrives before the page is listening.
 * `open-backup` comes from double-clicking a backup file.
 */
export const commandEvent = 'bridgework:command';
export const commandQueue = 'bridgeworkCommands';
/** `file` is a token for the backup (electron/chosen-files.ts), `name` its file name. */
export type QueuedCommand = { id: CommandId } | { id: 'open-backup'; file: string; name: string };

/** Shortcuts that only work on one page, for the shortcuts list. */
export const pageShortcuts: { shortcut: string; description: string }[] = [
  { shortcut: 'N', description: 'Add an employer (on Employers) or a person (on People)' },
  { shortcut: '/', description: 'Search the list on Employers or People' },
  { shortcut: 'E', description: "Edit the employer (on an employer's page)" },
  { shortcut: 'mod+S', description: 'Save the employer you are adding or editing' },
  { shortcut: 'Escape', description: 'Close a dialog without saving' },
];

/** Electron's spelling of a shortcut, for the native menus: 'mod+shift+E' → 'CmdOrCtrl+Shift+E'. */
export function menuAccelerator(shortcut: string): string {
  const names: Record<string, string> = { mod: 'CmdOrCtrl', shift: 'Shift', alt: 'Alt', ctrl: 'Ctrl' };
  return shortcut
    .split('+')
    .map((part) => names[part.toLowerCase()] ?? (part.length === 1 ? part.toUpperCase() : part))
    .join('+');
}

/** How a shortcut reads on this computer: 'mod+shift+E' → 'Ctrl Shift E' (or '⌘ ⇧ E' on a Mac). */
export function shortcutKeys(shortcut: string, mac: boolean): string[] {
  const names: Record<string, [string, string]> = {
    mod: ['Ctrl', '⌘'],
    shift: ['Shift', '⇧'],
    alt: ['Alt', '⌥'],
    ctrl: ['Ctrl', '⌃'],
    escape: ['Esc', 'Esc'],
  };
  return shortcut.split('+').map((part) => {
    const name = names[part.toLowerCase()];
    if (name) return mac ? name[1] : name[0];
    return part.length === 1 ? part.toUpperCase() : part;
  });
}
