// The few things a provider sets once: how often each phase expects contact, and the format
// of participant references.
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { defaultReferenceFormat, type ReferenceFormat } from '../../../shared/referrals/reference';
import {
  cadencePhases,
  defaultCadenceDays,
  type Settings,
  type updateSettingsInput,
} from '../../../shared/settings/schema';
import type { Database } from '../../db/schema';
import { mutation, query, type Handlers, type ServiceContext } from '../context';

export type SettingsHandlers = Handlers<'settings.get' | 'settings.update'>;

export const settingsHandlers: SettingsHandlers = {
  'settings.get': query((_input, ctx) => readSettings(ctx.db)),
  'settings.update': mutation((input, ctx) => updateSettings(ctx, input)),
};

export const cadenceKey = (phase: string) => `cadence_days.${phase}`;
const referenceFormatKey = 'reference_format';

export async function readSettings(db: Kysely<Database>): Promise<Settings> {
  const rows = await db
    .selectFrom('setting')
    .select(['key', 'value'])
    .where((eb) => eb.or([eb('key', 'like', 'cadence_days.%'), eb('key', '=', referenceFormatKey)]))
    .where('deletedAt', 'is', null)
    .execute();
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  const cadenceDays = { ...defaultCadenceDays };
  for (const phase of cadencePhases) {
    cadenceDays[phase] = Number(stored.get(cadenceKey(phase)) ?? defaultCadenceDays[phase]);
  }
  const format = stored.get(referenceFormatKey);
  return { cadenceDays, referenceFormat: format ? (JSON.parse(format) as ReferenceFormat) : defaultReferenceFormat };
}

async function updateSettings(
  ctx: ServiceContext,
  { cadenceDays, referenceFormat }: z.output<typeof updateSettingsInput>,
) {
  const before = await readSettings(ctx.db);
  const now = ctx.now();
  const values: [string, string][] = Object.entries(cadenceDays ?? {}).flatMap(([phase, days]) =>
    days === undefined ? [] : [[cadenceKey(phase), String(days)]],
  );
  if (referenceFormat) values.push([referenceFormatKey, JSON.stringify(referenceFormat)]);
  for (const [key, value] of values) {
    await ctx.db
      .insertInto('setting')
      .values({ key, value, createdAt: now, updatedAt: now })
      .onConflict((conflict) => conflict.column('key').doUpdateSet({ value, updatedAt: now }))
      .execute();
  }
  const after = await readSettings(ctx.db);
  await ctx.record({ entity: 'setting', entityId: 'settings', action: 'update', before, after });
  return after;
}
