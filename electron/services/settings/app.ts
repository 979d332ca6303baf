// The few things a provider sets once: how often each phase expects contact, the format of
// participant references, and the charity's name and logo for exports.
import { write, read, type Handlers } from '../../kernel/context';
import { readSettings, updateSettings } from './store';

export type SettingsHandlers = Handlers<'settings.get' | 'settings.update'>;

export const settingsHandlers: SettingsHandlers = {
  'settings.get': read((_input, ctx) => readSettings(ctx.db, ctx.record.encrypted())),
  'settings.update': write((input, ctx) => updateSettings(ctx, input)),
};
