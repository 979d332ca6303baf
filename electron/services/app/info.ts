// The app as a whole: what the About box and the check on opening show, the welcome a new user
// sees once, and the sample data they can explore with.
import type { z } from 'zod';
import type { AppInfo } from '../../../shared/contract';
import type { finishWelcomeInput } from '../../../shared/settings/schema';
import { inChangeSet } from '../../kernel/changes';
import type { ServiceContext } from '../../kernel/context';
import { readSetting, sampleDataKey, welcomedKey, writeSetting } from '../settings/store';
import { removeEvidenceFiles } from '../evidence/files';
import { clearSampleData, loadSampleData } from './sample';
import { DomainError } from '../../../shared/result';

export async function appInfo(ctx: ServiceContext): Promise<AppInfo> {
  const { sqlite } = await ctx.db
    .selectNoFrom((eb) => eb.fn<string>('sqlite_version').as('sqlite'))
    .executeTakeFirstOrThrow();
  const count = await ctx.db
    .selectFrom('employer')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('deletedAt', 'is', null)
    .executeTakeFirstOrThrow();
  const employerCount = Number(count.n);
  return {
    appVersion: ctx.system.appVersion,
    schemaVersion: ctx.record.schemaVersion,
    dataDir: ctx.system.dataDir,
    databaseFile: ctx.record.databaseFile,
    versions: {
      node: process.versions.node,
      sqlite,
      electron: ctx.system.electronVersions?.electron ?? null,
      chrome: ctx.system.electronVersions?.chrome ?? null,
    },
    employerCount,
    integrity: ctx.record.integrity(),
    firstRun: employerCount === 0 && (await readSetting(ctx.db, welcomedKey)) !== 'yes',
  };
}

export async function finishWelcome(ctx: ServiceContext, { start }: z.output<typeof finishWelcomeInput>) {
  await writeSetting(ctx, welcomedKey, 'yes');
  return { sampleData: start === 'sample' ? await loadSampleData(ctx) : null };
}

/** A backup first (anything added while exploring goes too), then one transaction; the evidence files once it has committed. */
export async function removeSampleData(ctx: ServiceContext) {
  if ((await readSetting(ctx.db, sampleDataKey)) !== 'yes') {
    throw new DomainError('conflict', 'There is no sample data to remove. Your record has not changed.');
  }
  const backup = await ctx.record.backups.take('before-removing-sample');
  await removeEvidenceFiles(ctx.system.dataDir, await inChangeSet(ctx, clearSampleData, { undoable: false }));
  return { removed: true, backup: backup.name };
}
