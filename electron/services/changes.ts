import type { Kysely } from 'kysely';
import type { Database, ChangeLogTable } from '../db/schema';
import type { Environment } from './context';

export type Change = {
  entity: string;
  entityId: string;
  action: ChangeLogTable['action'];
  before?: unknown;
  after?: unknown;
};

export function changeRecorder(
  tx: Kysely<Database>,
  env: Pick<Environment, 'newId' | 'now' | 'actor'> & { procedure: string },
) {
  return async (change: Change) => {
    await tx
      .insertInto('changeLog')
      .values({
        id: env.newId(),
        at: env.now(),
        actor: env.actor,
        procedure: env.procedure,
        entity: change.entity,
        entityId: change.entityId,
        action: change.action,
        before: change.before === undefined ? null : JSON.stringify(change.before),
        after: change.after === undefined ? null : JSON.stringify(change.after),
      })
      .execute();
  };
}
