import type { Kysely } from 'kysely';
import { employerNameKey } from '../../../shared/employers/names';
import type { Employer, EmployerFields, SimilarEmployer } from '../../../shared/employers/schema';
import { DomainError } from '../../../shared/result';
import type { Database } from '../../db/schema';
import type { ServiceContext } from '../../kernel/context';
import { requireKnownCodes } from '../vocabulary/codes';
import { getEmployer } from './get';
import { employerColumns } from './rows';

export async function createEmployer(fields: EmployerFields, ctx: ServiceContext): Promise<Employer> {
  await requireEmployerCodes(ctx.db, fields);
  const now = ctx.now();
  const row = {
    id: ctx.newId(),
    name: fields.name,
    nameKey: employerNameKey(fields.name),
    phase: 'preparing',
    isBranchOfNational: 0,
    ...employerColumns(fields),
    phaseSince: now.slice(0, 10),
    createdAt: now,
    updatedAt: now,
  };
  await ctx.db.insertInto('employer').values(row).execute();
  const created = await getEmployer(ctx.db, row.id);
  return created;
}

export async function updateEmployer(
  ctx: ServiceContext,
  id: string,
  changes: Partial<EmployerFields>,
  expectedUpdatedAt?: string,
): Promise<Employer> {
  const before = await getEmployer(ctx.db, id);
  if (expectedUpdatedAt && expectedUpdatedAt !== before.updatedAt) {
    throw new DomainError(
      'conflict',
      `${before.name} was changed somewhere else after you opened it. Reload it to see the latest details, then make your changes again.`,
    );
  }
  if (changes.phase !== undefined && changes.phase !== before.phase) {
    throw new DomainError(
      'invalid_input',
      'To change the phase, use “Move phase” on the employer’s page. It keeps the date and the reason.',
      'phase',
    );
  }
  await requireEmployerCodes(ctx.db, changes);
  await ctx.db
    .updateTable('employer')
    .set({ ...employerColumns(changes), updatedAt: ctx.now() })
    .where('id', '=', id)
    .execute();
  const after = await getEmployer(ctx.db, id);
  return after;
}

export async function findSimilarEmployers(
  db: Kysely<Database>,
  name: string,
  excludeId?: string,
): Promise<SimilarEmployer[]> {
  const key = employerNameKey(name);
  if (!key) return [];
  let query = db
    .selectFrom('employer')
    .select(['id', 'name', 'locality', 'phase', 'deletedAt'])
    .where('nameKey', '=', key);
  if (excludeId) query = query.where('id', '!=', excludeId);
  return query.orderBy('deletedAt').orderBy('name').limit(5).execute();
}

export async function listLocalities(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom('employer')
    .select('locality')
    .distinct()
    .where('deletedAt', 'is', null)
    .where('locality', 'is not', null)
    .orderBy('locality')
    .execute();
  return rows.map((row) => row.locality!);
}

function requireEmployerCodes(db: Kysely<Database>, fields: Partial<EmployerFields>) {
  return requireKnownCodes(db, [
    { field: 'phase', list: 'phase', code: fields.phase, label: 'relationship phase' },
    { field: 'sector', list: 'sector', code: fields.sector, label: 'sector' },
    { field: 'sizeBand', list: 'size_band', code: fields.sizeBand, label: 'size' },
    { field: 'ownership', list: 'ownership', code: fields.ownership, label: 'type of ownership' },
    { field: 'approach', list: 'approach', code: fields.approach, label: 'way the relationship started' },
  ]);
}
