// The two-sided ledger of promises: what the employer promised, and what we promised.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { z } from 'zod';
import type {
  Commitment,
  CommitmentFields,
  CommitmentLedger,
  PromiseRecord,
  resolveCommitmentInput,
  updateCommitmentInput,
} from '../../../shared/commitments/schema';
import { formatDate } from '../../../shared/dates';
import { DomainError } from '../../../shared/result';
import { recordedBy, whoKey } from '../changes/recordedBy';
import type { Database } from '../../db/schema';
import { type ServiceContext } from '../../kernel/context';
import { getEmployer } from '../employers/get';
import { dateNotInFuture, requireActiveEmployer, requireInteractionOf } from '../../kernel/links';
import { requireKnownCodes } from '../vocabulary/codes';

export async function createCommitment(ctx: ServiceContext, input: CommitmentFields): Promise<Commitment> {
  await requireActiveEmployer(ctx.db, input.employerId);
  await requireKind(ctx.db, input.kind);
  await requireInteractionOf(ctx.db, input.employerId, input.interactionId);
  const madeOn = await madeOnFor(ctx, input.madeOn, input.interactionId);
  const now = ctx.now();
  const id = ctx.newId();
  await ctx.db
    .insertInto('commitment')
    .values({
      id,
      employerId: input.employerId,
      party: input.party,
      description: input.description,
      kind: input.kind ?? null,
      dueOn: input.dueOn ?? null,
      status: 'open',
      madeOn,
      resolvedOn: null,
      resolutionNote: null,
      interactionId: input.interactionId ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  const created = await getCommitment(ctx.db, id);
  return created;
}

export async function updateCommitment(
  ctx: ServiceContext,
  { id, ...changes }: z.output<typeof updateCommitmentInput>,
) {
  const before = await requireOpen(ctx.db, id);
  if (changes.kind !== undefined) await requireKind(ctx.db, changes.kind);
  if (changes.interactionId !== undefined) await requireInteractionOf(ctx.db, before.employerId, changes.interactionId);
  if (changes.madeOn !== undefined) changes.madeOn = dateNotInFuture(changes.madeOn, ctx.now(), 'madeOn');
  const columns = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  await ctx.db
    .updateTable('commitment')
    .set({ ...columns, updatedAt: ctx.now() })
    .where('id', '=', id)
    .execute();
  const after = await getCommitment(ctx.db, id);
  return after;
}

export async function resolveCommitment(ctx: ServiceContext, input: z.output<typeof resolveCommitmentInput>) {
  const before = await requireOpen(ctx.db, input.id);
  const resolvedOn = dateNotInFuture(input.resolvedOn, ctx.now(), 'resolvedOn');
  if (resolvedOn < before.madeOn) {
    throw new DomainError(
      'invalid_input',
      `A promise cannot be settled before it was made (${formatDate(before.madeOn)}). If it was made earlier, change the date it was made first.`,
      'resolvedOn',
    );
  }
  await ctx.db
    .updateTable('commitment')
    .set({ status: input.status, resolvedOn, resolutionNote: input.note ?? null, updatedAt: ctx.now() })
    .where('id', '=', input.id)
    .execute();
  const after = await getCommitment(ctx.db, input.id);
  return after;
}

/** Undoes a settlement: the promise is open again, with no outcome. */
export async function reopenCommitment(ctx: ServiceContext, id: string) {
  const before = await getCommitment(ctx.db, id);
  if (before.status === 'open') return before;
  await ctx.db
    .updateTable('commitment')
    .set({ status: 'open', resolvedOn: null, resolutionNote: null, updatedAt: ctx.now() })
    .where('id', '=', id)
    .execute();
  const after = await getCommitment(ctx.db, id);
  return after;
}

/** The day given (not after today), else the day of the contact it was made in, else today. */
async function madeOnFor(
  ctx: ServiceContext,
  given: string | null | undefined,
  interactionId: string | null | undefined,
) {
  if (given) return dateNotInFuture(given, ctx.now(), 'madeOn');
  if (interactionId) {
    const contact = await ctx.db
      .selectFrom('interaction')
      .select('occurredAt')
      .where('id', '=', interactionId)
      .executeTakeFirst();
    if (contact && contact.occurredAt.slice(0, 10) <= ctx.now().slice(0, 10)) return contact.occurredAt.slice(0, 10);
  }
  return ctx.now().slice(0, 10);
}

async function requireOpen(db: Kysely<Database>, id: string): Promise<Commitment> {
  const commitment = await getCommitment(db, id);
  if (commitment.status !== 'open') {
    throw new DomainError(
      'conflict',
      `“${commitment.description}” was already marked ${commitment.status} on ${formatDate(commitment.resolvedOn)}.`,
    );
  }
  return commitment;
}

function requireKind(db: Kysely<Database>, kind: string | null | undefined) {
  return requireKnownCodes(db, [{ field: 'kind', list: 'commitment_kind', code: kind, label: 'kind of promise' }]);
}

export async function getCommitment(db: Kysely<Database>, id: string): Promise<Commitment> {
  const row = await db.selectFrom('commitment').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('not_found', 'That commitment could not be found.', 'id');
  return row;
}

export async function commitmentLedger(
  db: Kysely<Database>,
  employerId: string,
  now: string,
): Promise<CommitmentLedger> {
  await getEmployer(db, employerId);
  const rows = await db
    .selectFrom('commitment')
    .selectAll()
    .where('employerId', '=', employerId)
    .where('deletedAt', 'is', null)
    .orderBy((eb) => eb.case().when('status', '=', 'open').then(0).else(1).end())
    .orderBy((eb) =>
      eb
        .case()
        .when('status', '=', 'open')
        .then(eb.fn.coalesce('dueOn', eb.val('9999')))
        .end(),
    )
    .orderBy('resolvedOn', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const empty = (): PromiseRecord => ({ open: 0, kept: 0, broken: 0, released: 0 });
  const record = { employer: empty(), us: empty() };
  for (const row of rows) record[row.party][row.status] += 1;
  const who = await recordedBy(
    db,
    rows.map((row) => ({ entity: 'commitment', id: row.id })),
  );
  const commitments = rows.map((row) => {
    const name = who.get(whoKey({ entity: 'commitment', id: row.id }));
    return name ? { ...row, recordedBy: name } : row;
  });
  return { commitments, record, asOf: now };
}

export type PromisesInPeriod = Record<
  'employer' | 'us',
  { made: number; kept: number; broken: number; released: number }
>;

/** Promises made, and settled, in a period by each side, for the employers `employers` lists (SQL). */
export async function promisesInPeriod(
  db: Kysely<Database>,
  employers: RawBuilder<unknown>,
  period: { from: string; to: string },
): Promise<PromisesInPeriod> {
  const { from, to } = period;
  const { rows } = await sql<{ party: 'employer' | 'us'; status: string; count: number }>`
    select party, 'made' as status, count(*) as count from commitment
    where deleted_at is null and made_on between ${from} and ${to}
      and employer_id in ${employers}
    group by party
    union all
    select party, status, count(*) as count from commitment
    where deleted_at is null and resolved_on between ${from} and ${to} and employer_id in ${employers}
    group by party, status`.execute(db);
  const side = (party: 'employer' | 'us') => {
    const count = (status: string) => rows.find((row) => row.party === party && row.status === status)?.count ?? 0;
    return { made: count('made'), kept: count('kept'), broken: count('broken'), released: count('released') };
  };
  return { employer: side('employer'), us: side('us') };
}
