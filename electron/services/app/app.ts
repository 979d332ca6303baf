import type { AppInfo } from '../../../shared/contract';
import { DomainError } from '../../../shared/result';
import { mutation, query, type Handlers, type ServiceContext } from '../context';
import { insertDemoData } from '../demo/load';

export type AppHandlers = Handlers<'app.info' | 'app.loadSampleData'>;

export const appHandlers: AppHandlers = {
  'app.info': query((_input, ctx) => appInfo(ctx)),
  'app.loadSampleData': mutation((_input, ctx) => loadSampleData(ctx)),
};

async function appInfo(ctx: ServiceContext): Promise<AppInfo> {
  const { sqlite } = await ctx.db
    .selectNoFrom((eb) => eb.fn<string>('sqlite_version').as('sqlite'))
    .executeTakeFirstOrThrow();
  const count = await ctx.db
    .selectFrom('employer')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('deletedAt', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    appVersion: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    dataDir: ctx.dataDir,
    databaseFile: ctx.databaseFile,
    versions: {
      node: process.versions.node,
      sqlite,
      electron: ctx.electronVersions?.electron ?? null,
      chrome: ctx.electronVersions?.chrome ?? null,
    },
    employerCount: Number(count.n),
    integrity: ctx.integrity(),
  };
}

async function loadSampleData(ctx: ServiceContext) {
  const existing = await ctx.db.selectFrom('employer').select('id').limit(1).executeTakeFirst();
  if (existing) {
    throw new DomainError(
      'conflict',
      'Sample data can only be added to an empty record. Your employers have not been changed.',
    );
  }
  const loaded = await insertDemoData(ctx.db, 'small');
  await ctx.record({ entity: 'employer', entityId: '*', action: 'import', after: { sampleData: loaded } });
  return loaded;
}
