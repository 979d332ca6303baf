import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { backupFileIn, commandScript, menuTemplate } from '../../../electron/menu';
import { commandQueue, commands, menuAccelerator, type CommandId } from '../../../shared/app/commands';

type Item = Electron.MenuItemConstructorOptions;

function build(mac: boolean, packaged = true) {
  const ran: CommandId[] = [];
  const template = menuTemplate({ mac, packaged, run: (id) => ran.push(id) });
  const submenu = (label: string) =>
    (template.find((menu) => menu.label === label || menu.role === label)?.submenu ?? []) as Item[];
  const labels = (label: string) => submenu(label).map((item) => item.label ?? item.role ?? item.type);
  const click = (menu: string, label: string, triggeredByAccelerator = false) =>
    submenu(menu).find((item) => item.label === label)!.click!({} as never, undefined, {
      triggeredByAccelerator,
    } as never);
  return { template, submenu, labels, click, ran };
}

describe('the desktop app’s menus', () => {
  it('has File, Edit, View and Help on Windows and Linux, with every command and its shortcut', () => {
    const { template, labels, submenu } = build(false);
    expect(template.map((menu) => menu.label ?? menu.role)).toEqual(['File', 'Edit', 'View', 'help']);
    expect(labels('Edit')).toEqual(['Undo', 'Redo', 'separator', 'cut', 'copy', 'paste', 'selectAll']);
    expect(labels('File')).toEqual([
      'New employer',
      'Log contact',
      'Log emails',
      'Search',
      'separator',
      'Import a spreadsheet',
      'Export your data',
      'separator',
      'Back up now',
      'Restore a backup',
      'separator',
      'Lock now',
      'Settings',
      'separator',
      'quit',
    ]);
    expect(labels('help')).toEqual(['Keyboard shortcuts', 'User guide', 'About Bridgework']);
    const accelerators = Object.fromEntries(
      [...submenu('File'), ...submenu('Edit'), ...submenu('View'), ...submenu('help')].flatMap((item) =>
        item.label ? [[item.label, item.accelerator]] : [],
      ),
    );
    expect(accelerators).toMatchObject({
      'New employer': 'CmdOrCtrl+Shift+E',
      'Log contact': 'CmdOrCtrl+L',
      'Log emails': 'CmdOrCtrl+Shift+M',
      Settings: 'CmdOrCtrl+,',
      Today: 'CmdOrCtrl+1',
      'Case studies': 'CmdOrCtrl+6',
      'Keyboard shortcuts': 'CmdOrCtrl+/',
      'User guide': 'F1',
      Undo: 'CmdOrCtrl+Z',
      Redo: 'CmdOrCtrl+Shift+Z',
    });
    // The page binds the shortcuts itself, so the menus must not take the keys from it.
    expect(
      [...submenu('File'), ...submenu('Edit'), ...submenu('View')].every(
        (item) => !item.label || item.registerAccelerator === false,
      ),
    ).toBe(true);
    expect(labels('View')).not.toContain('toggleDevTools');
    expect(build(false, false).labels('View')).toContain('toggleDevTools');
  });

  it('follows the Mac’s layout: About in the app menu, a Window menu, no Quit under File', () => {
    const { template, labels } = build(true);
    expect(template.map((menu) => menu.label ?? menu.role)).toEqual([
      'Bridgework',
      'File',
      'Edit',
      'View',
      'windowMenu',
      'help',
    ]);
    expect(labels('Bridgework')[0]).toBe('About Bridgework');
    expect(labels('Bridgework')).toContain('quit');
    expect(labels('File')).not.toContain('quit');
    expect(labels('help')).toEqual(['Keyboard shortcuts', 'User guide']);
  });

  it('runs a command when clicked, and leaves a shortcut to the page that already ran it', () => {
    const { click, ran } = build(false);
    click('File', 'Back up now');
    click('View', 'People');
    click('File', 'Back up now', true);
    expect(ran).toEqual(['back-up', 'go-people']);
  });

  it('gives every command its own shortcut', () => {
    const shortcuts = commands.flatMap((command) => (command.shortcut ? [menuAccelerator(command.shortcut)] : []));
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
  });

  it('hands a command to the page by queueing it and firing the event, even before the page listens', () => {
    const fired: string[] = [];
    const window = { dispatchEvent: (event: { type: string }) => fired.push(event.type) } as Record<string, unknown>;
    const context = vm.createContext({
      window,
      Event: class {
        constructor(readonly type: string) {}
      },
    });
    vm.runInContext(commandScript({ id: 'open-backup', file: 'chosen:1', name: 'it\'s "mine".bwbackup' }), context);
    vm.runInContext(commandScript({ id: 'about' }), context);
    expect(window[commandQueue]).toEqual([
      { id: 'open-backup', file: 'chosen:1', name: 'it\'s "mine".bwbackup' },
      { id: 'about' },
    ]);
    expect(fired).toEqual(['bridgework:command', 'bridgework:command']);
  });

  it('finds a backup the app was started with (a double-click), and nothing else', () => {
    expect(
      backupFileIn([
        '/opt/Bridgework/bridgework',
        '--no-sandbox',
        '/home/sam/bridgework-2026-11-24-090000-manual.bwbackup',
      ]),
    ).toBe('/home/sam/bridgework-2026-11-24-090000-manual.bwbackup');
    expect(backupFileIn(['C:\\Bridgework.bwbackup.exe'])).toBeNull();
    expect(backupFileIn(['bridgework', 'notes.txt'])).toBeNull();
  });
});
