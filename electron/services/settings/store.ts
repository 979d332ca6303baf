// The few things a provider sets once: how often each phase expects contact, the format of
// participant references, and the charity's name and logo for exports.
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { defaultReferenceFormat, type ReferenceFormat } from '../../../shared/referrals/reference';
import {
  cadencePhases,
  defaultCadenceDays,
  defaultLockAfterMinutes,
  updateSettingsInput,
  type Settings,
} from '../../../shared/settings/schema';
import type { Database } from '../../db/schema';
import { type ServiceContext } from '../../kernel/context';
import { unnamed } from '../../../shared/changes/schema';

export const cadenceKey = (phase: string) => `cadence_days.${phase}`;
const referenceFormatKey = 'reference_format';
const charityNameKey = 'charity.name';
const charityLogoKey = 'charity.logo';
const lockAfterKey = 'security.lock_after_minutes';
export const yourNameKey = 'you.name';
export const welcomedKey = 'welcome.done';
export const sampleDataKey = 'sample_data';
/** Settings that belong to the person at this laptop, not to the record a team shares. */
export const laptopSettings = new Set([yourNameKey, welcomedKey, lockAfterKey]);

export async function readSettings(db: Kysely<Database>, encrypted = false): Promise<Settings> {
  const rows = await db
    .selectFrom('setting')
    .select(['key', 'value'])
    .where((eb) =>
      eb.or([
        eb('key', 'like', 'cadence_days.%'),
        eb('key', 'in', [referenceFormatKey, charityNameKey, charityLogoKey, lockAfterKey, yourNameKey, sampleDataKey]),
      ]),
    )
    .where('deletedAt', 'is', null)
    .execute();
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  const cadenceDays = { ...defaultCadenceDays };
  for (const phase of cadencePhases) {
    cadenceDays[phase] = Number(stored.get(cadenceKey(phase)) ?? defaultCadenceDays[phase]);
  }
  const format = stored.get(referenceFormatKey);
  const logo = stored.get(charityLogoKey);
  return {
    cadenceDays,
    referenceFormat: format ? (JSON.parse(format) as ReferenceFormat) : defaultReferenceFormat,
    charity: {
      name: stored.get(charityNameKey) ?? '',
      logo: logo ? (JSON.parse(logo) as Settings['charity']['logo']) : null,
    },
    yourName: stored.get(yourNameKey) ?? '',
    lockAfterMinutes: Number(stored.get(lockAfterKey) ?? defaultLockAfterMinutes),
    sampleData: stored.get(sampleDataKey) === 'yes',
    encrypted,
  };
}

export async function updateSettings(
  ctx: ServiceContext,
  { cadenceDays, referenceFormat, charity, lockAfterMinutes, yourName }: z.output<typeof updateSettingsInput>,
) {
  const values: [string, string][] = Object.entries(cadenceDays ?? {}).flatMap(([phase, days]) =>
    days === undefined ? [] : [[cadenceKey(phase), String(days)]],
  );
  if (referenceFormat) values.push([referenceFormatKey, JSON.stringify(referenceFormat)]);
  if (charity?.name !== undefined) values.push([charityNameKey, charity.name]);
  if (charity?.logo !== undefined) values.push([charityLogoKey, charity.logo ? JSON.stringify(charity.logo) : '']);
  if (lockAfterMinutes !== undefined) values.push([lockAfterKey, String(lockAfterMinutes)]);
  if (yourName !== undefined) {
    values.push([yourNameKey, yourName]);
    // What is done from now on is by this name.
    ctx.clock.actor = yourName.trim() || unnamed;
  }
  for (const [key, value] of values) await writeSetting(ctx, key, value);
  const after = await readSettings(ctx.db, ctx.record.encrypted());
  return after;
}

/**
 * Whether a stored setting (one in an archive, say) is one this version keeps, with a value it
 * could have saved itself: checked by the schema a change in Settings goes through.
 */
export function storedSettingCheck(key: string, value: string): 'keep' | 'unknown' | 'refuse' {
  const phase = key.startsWith('cadence_days.') ? key.slice('cadence_days.'.length) : null;
  let input: unknown;
  try {
    if (phase !== null) input = { cadenceDays: { [phase]: Number(value) } };
    else if (key === referenceFormatKey) input = { referenceFormat: JSON.parse(value) };
    else if (key === charityNameKey) input = { charity: { name: value } };
    else if (key === charityLogoKey) input = { charity: { logo: value ? JSON.parse(value) : null } };
    else if (key === lockAfterKey) input = { lockAfterMinutes: Number(value) };
    else if (key === yourNameKey) input = { yourName: value };
    else if (key === welcomedKey || key === sampleDataKey) return value === 'yes' || value === 'no' ? 'keep' : 'refuse';
    else return 'unknown';
  } catch {
    return 'refuse';
  }
  const phaseKnown = phase === null || (cadencePhases as readonly string[]).includes(phase);
  return phaseKnown && updateSettingsInput.strict().safeParse(input).success ? 'keep' : 'refuse';
}

export async function writeSetting(ctx: ServiceContext, key: string, value: string) {
  const now = ctx.now();
  await ctx.db
    .insertInto('setting')
    .values({ key, value, createdAt: now, updatedAt: now })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value, updatedAt: now, deletedAt: null }))
    .execute();
}

export async function readSetting(db: Kysely<Database>, key: string): Promise<string | null> {
  const row = await db
    .selectFrom('setting')
    .select('value')
    .where('key', '=', key)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  return row?.value ?? null;
}
