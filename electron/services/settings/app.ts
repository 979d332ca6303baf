// The few things a provider sets once: how often each phase expects contact.
import type { Kysely } from 'kysely';
import { cadencePhases, defaultCadenceDays, type Settings } from '../../../shared/settings/schema';
import type { Database } from '../../db/schema';
import { mutation, query, type Handlers, type ServiceContext } from '../context';

export type SettingsHandlers = Handlers<'settings.get' | 'settings.update'>;

export const settingsHandlers: SettingsHandlers = {
  'settings.get': query((_input, ctx) => readSettings(ctx.db)),
  'settings.update': mutation(({ cadenceDays }, ctx) => updateSettings(ctx, cadenceDays)),
};

export const cadenceKey = (phase: string) => `cadence_days.${phase}`;

export async function readSettings(db: Kysely<Database>): Promise<Settings> {
  const rows = await db
    .selectFrom('setting')
    .select(['key', 'value'])
    .where('key', 'like', 'cadence_days.%')
    .where('deletedAt', 'is', null)
    .execute();
  const stored = new Map(rows.map((row) => [row.key, Number(row.value)]));
  const cadenceDays = { ...defaultCadenceDays };
  for (const phase of cadencePhases) cadenceDays[phase] = stored.get(cadenceKey(phase)) ?? defaultCadenceDays[phase];
  return { cadenceDays };
}

async function updateSettings(ctx: ServiceContext, cadenceDays: Partial<Settings['cadenceDays']>) {
  const before = await readSettings(ctx.db);
  const now = ctx.now();
  for (const [phase, days] of Object.entries(cadenceDays)) {
    if (days === undefined) continue;
    await ctx.db
      .insertInto('setting')
      .values({ key: cadenceKey(phase), value: String(days), createdAt: now, updatedAt: now })
      .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: String(days), updatedAt: now }))
      .execute();
  }
  const after = await readSettings(ctx.db);
  await ctx.record({ entity: 'setting', entityId: 'cadence_days', action: 'update', before, after });
  return after;
}
