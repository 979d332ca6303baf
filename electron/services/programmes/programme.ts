// Funded programmes: what interactions, opportunities and referrals can be counted towards,
// and the funder's own points for checking that a job lasted.
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type {
  Programme,
  ProgrammeFields,
  ProgrammeSummary,
  updateProgrammeInput,
} from '../../../shared/programmes/schema';
import type { Targets } from '../../../shared/programmes/targets';
import { DomainError } from '../../../shared/result';
import type { Database, ProgrammeTable } from '../../db/schema';
import { type ServiceContext } from '../../kernel/context';

export const defaultCheckWeeks = [13, 26];

export async function createProgramme(ctx: ServiceContext, input: ProgrammeFields): Promise<Programme> {
  requireDatesInOrder(input.startsOn, input.endsOn);
  await requireUniqueName(ctx.db, input.name);
  const now = ctx.now();
  const id = ctx.newId();
  await ctx.db
    .insertInto('programme')
    .values({
      id,
      name: input.name,
      funder: input.funder ?? null,
      startsOn: input.startsOn ?? null,
      endsOn: input.endsOn ?? null,
      checkWeeks: JSON.stringify(sortedWeeks(input.checkWeeks ?? defaultCheckWeeks)),
      outcomeDefinitions: input.outcomeDefinitions ?? null,
      targets: JSON.stringify(input.targets ?? {}),
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  const created = await getProgramme(ctx.db, id);
  return created;
}

export async function updateProgramme(
  ctx: ServiceContext,
  { id, checkWeeks, targets, ...changes }: z.output<typeof updateProgrammeInput>,
) {
  const before = await getProgramme(ctx.db, id);
  requireDatesInOrder(
    changes.startsOn === undefined ? before.startsOn : changes.startsOn,
    changes.endsOn === undefined ? before.endsOn : changes.endsOn,
  );
  if (changes.name !== undefined) await requireUniqueName(ctx.db, changes.name, id);
  const columns = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  await ctx.db
    .updateTable('programme')
    .set({
      ...columns,
      ...(checkWeeks ? { checkWeeks: JSON.stringify(sortedWeeks(checkWeeks)) } : {}),
      ...(targets ? { targets: JSON.stringify(targets) } : {}),
      updatedAt: ctx.now(),
    })
    .where('id', '=', id)
    .execute();
  const after = await getProgramme(ctx.db, id);
  return after;
}

export async function listProgrammes(db: Kysely<Database>): Promise<ProgrammeSummary[]> {
  const rows = await db
    .selectFrom('programme as p')
    .selectAll('p')
    .select((eb) => [
      eb
        .selectFrom('opportunity as o')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('o.programmeId', '=', 'p.id')
        .where('o.deletedAt', 'is', null)
        .as('opportunities'),
      eb
        .selectFrom('referral as r')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('r.programmeId', '=', 'p.id')
        .where('r.deletedAt', 'is', null)
        .as('referrals'),
      eb
        .selectFrom('referral as r')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('r.programmeId', '=', 'p.id')
        .where('r.deletedAt', 'is', null)
        .where('r.startedOn', 'is not', null)
        .as('started'),
    ])
    .where('p.deletedAt', 'is', null)
    .orderBy('p.name')
    .execute();
  return rows.map((row) => ({
    ...toProgramme(row),
    opportunities: row.opportunities ?? 0,
    referrals: row.referrals ?? 0,
    started: row.started ?? 0,
  }));
}

export async function getProgramme(db: Kysely<Database>, id: string): Promise<Programme> {
  const row = await db.selectFrom('programme').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('not_found', 'That programme could not be found.', 'programmeId');
  return toProgramme(row);
}

/** A programme a new record can be counted towards; none is fine. */
export async function requireProgramme(db: Kysely<Database>, id: string | null | undefined) {
  if (!id) return null;
  const programme = await getProgramme(db, id);
  if (programme.deletedAt) throw new DomainError('invalid_input', `${programme.name} has been removed.`, 'programmeId');
  return programme;
}

function toProgramme(row: ProgrammeTable): Programme {
  return { ...row, checkWeeks: JSON.parse(row.checkWeeks) as number[], targets: JSON.parse(row.targets) as Targets };
}

const sortedWeeks = (weeks: number[]) => [...new Set(weeks)].sort((a, b) => a - b);

function requireDatesInOrder(startsOn: string | null | undefined, endsOn: string | null | undefined) {
  if (startsOn && endsOn && endsOn < startsOn) {
    throw new DomainError('invalid_input', 'The end date must be on or after the start date.', 'endsOn');
  }
}

async function requireUniqueName(db: Kysely<Database>, name: string, except?: string) {
  let lookup = db
    .selectFrom('programme')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .where('deletedAt', 'is', null);
  if (except) lookup = lookup.where('id', '!=', except);
  if (await lookup.executeTakeFirst()) {
    throw new DomainError('conflict', `There is already a programme called ${name}. Use a different name.`, 'name');
  }
}
