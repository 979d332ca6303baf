// The few things a provider sets once: how often each phase expects contact, the format of
// participant references, and the charity's name and logo for exports.
import { mutation, query, type Handlers } from '../context';
import { readSettings, updateSettings } from './store';

export type SettingsHandlers = Handlers<'settings.get' | 'settings.update'>;

export const settingsHandlers: SettingsHandlers = {
  'settings.get': query((_input, ctx) => readSettings(ctx.db, ctx.encrypted())),
  'settings.update': mutation((input, ctx) => updateSettings(ctx, input)),
};
