// Engagement depth: dated assessments (depth, roles, benefits, reasons) and the suggestion
// the app makes from the record. The employer row keeps the latest depth for the list.
import { sql, type Kysely, type RawBuilder, type Selectable } from 'kysely';
import type { Assessment, AssessmentFields } from '../../../shared/assessments/schema';
import type { AssessmentTable, Database } from '../../db/schema';
import { type ServiceContext } from '../../kernel/context';
import { dateNotInFuture, requireActiveEmployer } from '../../kernel/links';
import { requireKnownCodes } from '../vocabulary/codes';

export async function createAssessment(ctx: ServiceContext, input: AssessmentFields): Promise<Assessment> {
  const employer = await requireActiveEmployer(ctx.db, input.employerId);
  const roles = [...(input.rolesOurs ?? []), ...(input.rolesTheirs ?? [])];
  await requireKnownCodes(ctx.db, [
    ...unique(roles).map((code) => ({ field: 'rolesOurs', list: 'engagement_role' as const, code, label: 'role' })),
    ...unique(input.benefits ?? []).map((code) => ({
      field: 'benefits',
      list: 'benefit' as const,
      code,
      label: 'benefit',
    })),
  ]);
  const now = ctx.now();
  const id = ctx.newId();
  await ctx.db
    .insertInto('assessment')
    .values({
      id,
      employerId: input.employerId,
      assessedOn: dateNotInFuture(input.assessedOn, now, 'assessedOn'),
      depth: input.depth,
      suggestedDepth: input.suggestedDepth ?? null,
      rolesOurs: JSON.stringify(unique(input.rolesOurs ?? [])),
      rolesTheirs: input.rolesTheirs ? JSON.stringify(unique(input.rolesTheirs)) : null,
      indirect: input.indirect ? 1 : 0,
      benefits: JSON.stringify(unique(input.benefits ?? [])),
      rationale: input.rationale ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  const history = await listAssessments(ctx.db, input.employerId);
  const latest = history[0]!;
  if (latest.depth !== employer.depth) {
    await ctx.db.updateTable('employer').set({ depth: latest.depth }).where('id', '=', employer.id).execute();
  }
  const created = history.find((assessment) => assessment.id === id)!;
  return created;
}

/** Newest first. */
export async function listAssessments(db: Kysely<Database>, employerId: string): Promise<Assessment[]> {
  const rows = await db
    .selectFrom('assessment')
    .selectAll()
    .where('employerId', '=', employerId)
    .where('deletedAt', 'is', null)
    .orderBy('assessedOn', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toAssessment);
}

export function toAssessment(row: Selectable<AssessmentTable>): Assessment {
  return {
    id: row.id,
    employerId: row.employerId,
    assessedOn: row.assessedOn,
    depth: row.depth,
    suggestedDepth: row.suggestedDepth,
    rolesOurs: JSON.parse(row.rolesOurs) as string[],
    rolesTheirs: row.rolesTheirs === null ? null : (JSON.parse(row.rolesTheirs) as string[]),
    indirect: row.indirect === 1,
    benefits: JSON.parse(row.benefits) as string[],
    rationale: row.rationale,
    createdAt: row.createdAt,
  };
}

const unique = (codes: string[]) => [...new Set(codes)];

/** The employer's depth by its latest assessment on or before `day`, as an SQL value; null if none. */
export const depthOn = (employerId: RawBuilder<unknown>, day: string) =>
  sql<number | null>`(select depth from assessment a where a.employer_id = ${employerId}
    and a.deleted_at is null and a.assessed_on <= ${day} order by a.assessed_on desc, a.id desc limit 1)`;
