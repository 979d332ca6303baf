// Case studies: drafted from the record for an employer and a period, then written up by the
// user. Every save keeps the text; an earlier wording is kept as a version every ten minutes.
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { draftSections } from '../../../shared/caseStudies/draft';
import type {
  CaseStudy,
  CaseStudySections,
  CaseStudySummary,
  draftCaseStudyInput,
  updateCaseStudyInput,
} from '../../../shared/caseStudies/schema';
import { formatDate } from '../../../shared/dates';
import { DomainError } from '../../../shared/result';
import type { CaseStudyTable, Database } from '../../db/schema';
import { mutation, query, type Handlers, type ServiceContext } from '../context';
import { requireActiveEmployer } from '../links';
import { listVocabulary } from '../vocabulary/app';
import { caseStudyFacts } from './facts';

export type CaseStudiesHandlers = Handlers<
  'caseStudies.draft' | 'caseStudies.update' | 'caseStudies.get' | 'caseStudies.list'
>;

export const caseStudiesHandlers: CaseStudiesHandlers = {
  'caseStudies.draft': mutation((input, ctx) => draftCaseStudy(ctx, input)),
  'caseStudies.update': mutation((input, ctx) => updateCaseStudy(ctx, input)),
  'caseStudies.get': query(({ id }, ctx) => getCaseStudy(ctx.db, id)),
  'caseStudies.list': query((_input, ctx) => listCaseStudies(ctx.db)),
};

const versionEveryMs = 10 * 60_000;

async function draftCaseStudy(ctx: ServiceContext, input: z.output<typeof draftCaseStudyInput>) {
  const employer = await requireActiveEmployer(ctx.db, input.employerId);
  const facts = await caseStudyFacts(ctx.db, employer.id, { from: input.from, to: input.to }, ctx.now());
  const vocabulary = await listVocabulary(ctx.db);
  const label = (list: keyof typeof vocabulary, code: string | null | undefined) =>
    vocabulary[list].find((term) => term.code === code)?.label ?? code ?? '';
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
      status: 'draft',
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  const created = await getCaseStudy(ctx.db, id);
  await ctx.record({ entity: 'case_study', entityId: id, action: 'create', after: created });
  return created;
}

async function updateCaseStudy(ctx: ServiceContext, input: z.output<typeof updateCaseStudyInput>) {
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
      updatedAt: now,
    })
    .where('id', '=', before.id)
    .execute();
  const after = await getCaseStudy(ctx.db, before.id);
  await ctx.record({ entity: 'case_study', entityId: before.id, action: 'update', before, after });
  return after;
}

export async function getCaseStudy(db: Kysely<Database>, id: string): Promise<CaseStudy> {
  const row = await db
    .selectFrom('caseStudy as c')
    .innerJoin('employer as e', 'e.id', 'c.employerId')
    .selectAll('c')
    .select('e.name as employerName')
    .select((eb) =>
      eb
        .selectFrom('caseStudyVersion as v')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('v.caseStudyId', '=', 'c.id')
        .as('versions'),
    )
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!row || row.deletedAt) throw new DomainError('not_found', 'That case study could not be found.', 'id');
  return toCaseStudy(row);
}

function toCaseStudy(row: CaseStudyTable & { employerName: string; versions: number | null }): CaseStudy {
  return {
    id: row.id,
    employerId: row.employerId,
    employerName: row.employerName,
    title: row.title,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    sections: JSON.parse(row.sections) as CaseStudySections,
    highlights: JSON.parse(row.highlights) as CaseStudy['highlights'],
    anonymise: row.anonymise === 1,
    consent: row.consent ? (JSON.parse(row.consent) as CaseStudy['consent']) : null,
    status: row.status,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    versions: row.versions ?? 0,
  };
}

function listCaseStudies(db: Kysely<Database>): Promise<CaseStudySummary[]> {
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
