// Case studies: drafted from the record for an employer and a period, then written up by the
// user. Every save keeps the text; an earlier wording is kept as a version every ten minutes.
// Rendered as the HTML the preview shows and exported as PDF, Word, HTML or Markdown.
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { draftSections } from '../../../shared/caseStudies/draft';
import type {
  CaseStudySections,
  CaseStudySummary,
  draftCaseStudyInput,
  updateCaseStudyInput,
} from '../../../shared/caseStudies/schema';
import { formatDate } from '../../../shared/dates';
import type { Database } from '../../db/schema';
import { type ServiceContext } from '../../kernel/context';
import { requireActiveEmployer } from '../../kernel/links';
import { vocabularyLabels } from '../vocabulary/codes';
import { caseStudyFacts } from './facts';
import { getCaseStudy } from './get';

export const inTrashToo = (db: Kysely<Database>, id: string) => getCaseStudy(db, id, { inTrash: true });

const versionEveryMs = 10 * 60_000;

export async function draftCaseStudy(ctx: ServiceContext, input: z.output<typeof draftCaseStudyInput>) {
  const employer = await requireActiveEmployer(ctx.db, input.employerId);
  const facts = await caseStudyFacts(ctx.db, employer.id, { from: input.from, to: input.to }, ctx.now());
  const label = await vocabularyLabels(ctx.db);
  const now = ctx.now();
  const id = ctx.newId();
  await ctx.db
    .insertInto('caseStudy')
    .values({
      id,
      employerId: employer.id,
      title: input.title ?? `Working with ${employer.name}, ${formatDate(input.from)} to ${formatDate(input.to)}`,
      periodFrom: input.from,
      periodTo: input.to,
      sections: JSON.stringify(draftSections(facts, label)),
      highlights: '[]',
      anonymise: 1,
      consent: null,
      keptNames: '[]',
      status: 'draft',
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  const created = await getCaseStudy(ctx.db, id);
  return created;
}

export async function updateCaseStudy(ctx: ServiceContext, input: z.output<typeof updateCaseStudyInput>) {
  const before = await getCaseStudy(ctx.db, input.id);
  const now = ctx.now();
  const latestVersion = await ctx.db
    .selectFrom('caseStudyVersion')
    .select('savedAt')
    .where('caseStudyId', '=', before.id)
    .orderBy('savedAt', 'desc')
    .executeTakeFirst();
  const wordingChanges = input.title !== undefined || input.sections !== undefined;
  if (wordingChanges && Date.parse(now) - Date.parse(latestVersion?.savedAt ?? before.createdAt) >= versionEveryMs) {
    await ctx.db
      .insertInto('caseStudyVersion')
      .values({
        id: ctx.newId(),
        caseStudyId: before.id,
        savedAt: now,
        title: before.title,
        sections: JSON.stringify(before.sections),
      })
      .execute();
  }
  const sections: CaseStudySections = { ...before.sections, ...input.sections };
  await ctx.db
    .updateTable('caseStudy')
    .set({
      title: input.title ?? before.title,
      sections: JSON.stringify(sections),
      ...(input.anonymise === undefined ? {} : { anonymise: input.anonymise ? 1 : 0 }),
      ...(input.highlights === undefined ? {} : { highlights: JSON.stringify(input.highlights) }),
      ...(input.consent === undefined ? {} : { consent: input.consent ? JSON.stringify(input.consent) : null }),
      ...(input.keptNames === undefined
        ? {}
        : { keptNames: JSON.stringify([...new Set(input.keptNames.map((word) => word.toLowerCase()))]) }),
      updatedAt: now,
    })
    .where('id', '=', before.id)
    .execute();
  const after = await getCaseStudy(ctx.db, before.id);
  return after;
}

export function listCaseStudies(db: Kysely<Database>): Promise<CaseStudySummary[]> {
  return db
    .selectFrom('caseStudy as c')
    .innerJoin('employer as e', 'e.id', 'c.employerId')
    .select([
      'c.id',
      'c.employerId',
      'e.name as employerName',
      'c.title',
      'c.periodFrom',
      'c.periodTo',
      'c.status',
      'c.updatedAt',
    ])
    .select((eb) => eb('c.anonymise', '=', 1).as('anonymise'))
    .where('c.deletedAt', 'is', null)
    .where('e.deletedAt', 'is', null)
    .orderBy('c.updatedAt', 'desc')
    .execute()
    .then((rows) => rows.map((row) => ({ ...row, anonymise: Boolean(row.anonymise) })));
}
