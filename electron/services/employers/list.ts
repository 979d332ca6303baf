import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { EmployerSortColumn, EmployerPage, listEmployersInput } from '../../../shared/employers/schema';
import type { z } from 'zod';
import { phaseRank, sizeBandRank } from '../../db/ordered-expressions';
import { containsText } from '../../db/text-match';
import type { Database } from '../../db/schema';
import { addDays, anySignal, healthClock, signalBits, signalsIn, type HealthClock } from '../health/signals';

type ListInput = z.output<typeof listEmployersInput>;
type EmployerQuery = SelectQueryBuilder<Database, 'employer', object>;

export const defaultPageSize = 100;

const byName = sql`name collate nocase`;
const orderings: Record<EmployerSortColumn, ReturnType<typeof sql>[]> = {
  name: [byName],
  sector: [sql`sector`, byName],
  sizeBand: [sql.raw(sizeBandRank), byName],
  phase: [sql.raw(phaseRank), byName],
  locality: [sql`locality collate nocase`, byName],
  depth: [sql`coalesce(depth, 0)`, byName],
  lastContactAt: [sql`coalesce(last_contact_at, '')`, byName],
  updatedAt: [sql`updated_at`],
};

export function filteredEmployers(db: Kysely<Database>, input: ListInput, clock: HealthClock): EmployerQuery {
  let query: EmployerQuery = db.selectFrom('employer');
  query = input.archived ? query.where('deletedAt', 'is not', null) : query.where('deletedAt', 'is', null);
  if (input.query) query = query.where(containsText('name', input.query));
  if (input.phase?.length) query = query.where('phase', 'in', input.phase);
  if (input.sector?.length) query = query.where('sector', 'in', input.sector);
  if (input.sizeBand?.length) query = query.where('sizeBand', 'in', input.sizeBand);
  if (input.locality?.length) query = query.where('locality', 'in', input.locality);
  if (input.accountOwner?.length) {
    query = query.where(sql<boolean>`account_owner collate nocase in (${sql.join(input.accountOwner)})`);
  }
  if (input.depth?.length) query = query.where(sql<boolean>`coalesce(depth, 0) in (${sql.join(input.depth)})`);
  if (input.health?.length) query = query.where(anySignal(input.health, clock));
  if (input.noContactForDays) {
    const since = addDays(clock.today, -input.noContactForDays);
    query = query.where((eb) => eb.or([eb('lastContactAt', 'is', null), eb('lastContactAt', '<', since)]));
  }
  return query;
}

export function employerPageQuery(db: Kysely<Database>, input: ListInput, clock: HealthClock) {
  const { column, direction } = input.sort ?? { column: 'name', direction: 'asc' };
  let query = filteredEmployers(db, input, clock).select([
    'id',
    'name',
    'sector',
    'sizeBand',
    'ownership',
    'locality',
    'phase',
    'depth',
    'lastContactAt',
    'updatedAt',
    'deletedAt',
    signalBits(clock),
  ]);
  for (const expression of [...orderings[column], sql`id`]) {
    query = query.orderBy(sql`${expression} ${sql.raw(direction)}`);
  }
  return query.limit(input.limit ?? defaultPageSize).offset(input.offset ?? 0);
}

export async function listEmployers(db: Kysely<Database>, input: ListInput, now: string): Promise<EmployerPage> {
  const clock = healthClock(now);
  const rows = await employerPageQuery(db, input, clock).execute();
  const count = await filteredEmployers(db, input, clock)
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  return {
    rows: rows.map((row) => ({
      id: row.id,
      name: row.name,
      sector: row.sector,
      sizeBand: row.sizeBand,
      ownership: row.ownership,
      locality: row.locality,
      phase: row.phase,
      depth: row.depth,
      lastContactAt: row.lastContactAt,
      updatedAt: row.updatedAt,
      deletedAt: row.deletedAt,
      health: signalsIn(row.signals),
    })),
    total: Number(count.total),
  };
}
