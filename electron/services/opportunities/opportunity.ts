// What employers offer: vacancies, interviews, trials, placements, courses and the rest.
// Each may come from a promise or a contact, and counts towards a programme.
import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { FunnelCounts } from '../../../shared/funnel/schema';
import type {
  listOpportunitiesInput,
  Opportunity,
  OpportunityFields,
  OpportunityListItem,
  updateOpportunityInput,
} from '../../../shared/opportunities/schema';
import { DomainError } from '../../../shared/result';
import type { Database } from '../../db/schema';
import { type ServiceContext } from '../../kernel/context';
import { funnelColumns } from '../funnel/counts';
import { requireActiveEmployer, requireCommitmentOf, requireInteractionOf } from '../../kernel/links';
import { requireProgramme } from '../programmes/programme';
import { moveChecksWithReferrals } from '../referrals/checks';
import { setArchived } from '../trash/archive';
import { requireKnownCodes } from '../vocabulary/codes';

export async function createOpportunity(ctx: ServiceContext, input: OpportunityFields): Promise<Opportunity> {
  await requireActiveEmployer(ctx.db, input.employerId);
  await requireLinks(ctx.db, input.employerId, input);
  const openedOn = input.openedOn ?? ctx.now().slice(0, 10);
  requireDatesInOrder({ openedOn, closesOn: input.closesOn, startsOn: input.startsOn });
  const now = ctx.now();
  const id = ctx.newId();
  await ctx.db
    .insertInto('opportunity')
    .values({
      id,
      employerId: input.employerId,
      programmeId: input.programmeId ?? null,
      kind: input.kind,
      title: input.title,
      places: input.places ?? null,
      openedOn,
      closesOn: input.closesOn ?? null,
      startsOn: input.startsOn ?? null,
      status: input.status ?? 'open',
      weeklyHours: input.weeklyHours ?? null,
      contractType: input.contractType ?? null,
      payBand: input.payBand ?? null,
      requirements: input.requirements ?? null,
      commitmentId: input.commitmentId ?? null,
      interactionId: input.interactionId ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  const created = await getOpportunity(ctx.db, id);
  return created;
}

export async function updateOpportunity(
  ctx: ServiceContext,
  { id, ...changes }: z.output<typeof updateOpportunityInput>,
) {
  const before = await getOpportunity(ctx.db, id);
  await requireLinks(ctx.db, before.employerId, changes);
  const pick = <K extends 'openedOn' | 'closesOn' | 'startsOn'>(key: K) =>
    changes[key] === undefined ? before[key] : changes[key];
  requireDatesInOrder({
    openedOn: pick('openedOn') ?? before.openedOn,
    closesOn: pick('closesOn'),
    startsOn: pick('startsOn'),
  });
  const columns = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  if (columns.openedOn === null) delete columns.openedOn;
  await ctx.db
    .updateTable('opportunity')
    .set({ ...columns, updatedAt: ctx.now() })
    .where('id', '=', id)
    .execute();
  const after = await getOpportunity(ctx.db, id);
  return after;
}

/** Moving an opportunity to Trash takes its referrals with it; restoring brings back those it took. */
export async function archiveOpportunity(ctx: ServiceContext, id: string, archived: boolean) {
  const before = await getOpportunity(ctx.db, id);
  const after = await setArchived(ctx, 'opportunity', getOpportunity, id, archived);
  if (after.deletedAt === before.deletedAt) return after;
  const moved = { from: before.deletedAt, to: after.deletedAt };
  // Checks first: they are found by their referrals' place in Trash.
  await moveChecksWithReferrals(ctx.db, { opportunityId: id }, moved, ctx.now());
  await ctx.db
    .updateTable('referral')
    .set({ deletedAt: after.deletedAt, updatedAt: ctx.now() })
    .where('opportunityId', '=', id)
    .where((eb) => (archived ? eb('deletedAt', 'is', null) : eb('deletedAt', '=', before.deletedAt)))
    .execute();
  return after;
}

export async function listOpportunities(
  db: Kysely<Database>,
  { employerId, status }: z.output<typeof listOpportunitiesInput>,
  now: string,
): Promise<OpportunityListItem[]> {
  const { rows } = await sql<Opportunity & { programmeName: string | null; funnel: string }>`
    select o.*, p.name as programme_name, (
      select json_object('referred', referred, 'interviewed', interviewed, 'offered', offered, 'started', started,
        'sustained13', sustained13, 'sustained26', sustained26, 'progressed', progressed,
        'startedWeeksAgo13', started_weeks_ago13, 'startedWeeksAgo26', started_weeks_ago26)
      from (select ${funnelColumns(now)} from referral r where r.opportunity_id = o.id and r.deleted_at is null)
    ) as funnel
    from opportunity o left join programme p on p.id = o.programme_id
    where o.employer_id = ${employerId} and o.deleted_at is null
      ${status?.length ? sql`and o.status in (${sql.join(status)})` : sql``}
    order by case o.status when 'open' then 0 else 1 end, o.opened_on desc, o.id desc`.execute(db);
  return rows.map((row) => ({ ...row, funnel: JSON.parse(row.funnel) as FunnelCounts }));
}

export async function getOpportunity(db: Kysely<Database>, id: string): Promise<Opportunity> {
  const row = await db.selectFrom('opportunity').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('not_found', 'That opportunity could not be found.', 'opportunityId');
  return row;
}

async function requireLinks(
  db: Kysely<Database>,
  employerId: string,
  links: Partial<Pick<OpportunityFields, 'kind' | 'contractType' | 'programmeId' | 'commitmentId' | 'interactionId'>>,
) {
  await requireKnownCodes(db, [
    { field: 'kind', list: 'opportunity_kind', code: links.kind, label: 'kind of opportunity' },
    { field: 'contractType', list: 'contract_type', code: links.contractType, label: 'contract type' },
  ]);
  await requireProgramme(db, links.programmeId);
  await requireInteractionOf(db, employerId, links.interactionId);
  await requireCommitmentOf(db, employerId, links.commitmentId);
}

function requireDatesInOrder(dates: { openedOn: string; closesOn?: string | null; startsOn?: string | null }) {
  if (dates.closesOn && dates.closesOn < dates.openedOn) {
    throw new DomainError('invalid_input', 'The closing date cannot be before the date it opened.', 'closesOn');
  }
  if (dates.startsOn && dates.startsOn < dates.openedOn) {
    throw new DomainError('invalid_input', 'The start date cannot be before the date it opened.', 'startsOn');
  }
}
