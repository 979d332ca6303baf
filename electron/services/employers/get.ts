import type { Kysely } from 'kysely';
import type { Employer } from '../../../shared/employers/schema';
import { DomainError } from '../../../shared/result';
import type { Database } from '../../db/schema';
import { toEmployer } from './rows';

export async function getEmployer(db: Kysely<Database>, id: string): Promise<Employer> {
  const row = await db.selectFrom('employer').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('not_found', 'That employer could not be found. It may have been removed.', 'id');
  return toEmployer(row);
}
