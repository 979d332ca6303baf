// One case study as the app shows it, with its employer's name and how many earlier wordings are kept.
import type { Kysely } from 'kysely';
import type { CaseStudy, CaseStudySections } from '../../../shared/caseStudies/schema';
import { DomainError } from '../../../shared/result';
import type { CaseStudyTable, Database } from '../../db/schema';

export async function getCaseStudy(
  db: Kysely<Database>,
  id: string,
  { inTrash = false }: { inTrash?: boolean } = {},
): Promise<CaseStudy> {
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
  if (!row || (row.deletedAt && !inTrash))
    throw new DomainError('not_found', 'That case study could not be found.', 'id');
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
    keptNames: JSON.parse(row.keptNames) as string[],
    status: row.status,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    deletedAt: row.deletedAt,
    versions: row.versions ?? 0,
  };
}
