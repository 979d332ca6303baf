// UK GDPR: erasing a person, a subject access request, the retention review, and the records
// left to check after an erasure.
import { sql } from 'kysely';
import { formatDate } from '../../../shared/dates';
import { DomainError } from '../../../shared/result';
import type { ReviewFlag } from '../../../shared/privacy/schema';
import { type ServiceContext } from '../../kernel/context';
import { forgetRemovedText } from './forget';

const titles: Record<string, string> = {
  interaction: `'Contact on ' || substr(i.occurred_at, 1, 10) || ': ' || i.summary`,
  trustNote: `'Trust note: ' || substr(t.observation, 1, 80)`,
  commitment: `'Promise: ' || c.description`,
  employer: `'Notes about ' || e.name`,
  person: `'Notes about ' || p.name`,
  opportunity: `'Opportunity: ' || o.title`,
  evidence: `'Evidence: ' || coalesce(v.file_name, v.confirmed_by, 'a note')`,
  referralStep: `'Employer feedback on a referral'`,
  caseStudy: `'Case study: ' || s.title`,
};

export async function openFlags(ctx: ServiceContext): Promise<ReviewFlag[]> {
  const { rows } = await sql<ReviewFlag>`
    select f.id, f.entity, f.entity_id, f.employer_id, f.reason, f.created_at, emp.name as employer_name,
      case f.entity ${sql.raw(
        Object.entries(titles)
          .map(([entity, title]) => `when '${entity}' then ${title}`)
          .join(' '),
      )} end as title
    from review_flag f
    left join employer emp on emp.id = f.employer_id
    left join interaction i on f.entity = 'interaction' and i.id = f.entity_id
    left join trust_note t on f.entity = 'trustNote' and t.id = f.entity_id
    left join commitment c on f.entity = 'commitment' and c.id = f.entity_id
    left join employer e on f.entity = 'employer' and e.id = f.entity_id
    left join person p on f.entity = 'person' and p.id = f.entity_id
    left join opportunity o on f.entity = 'opportunity' and o.id = f.entity_id
    left join evidence v on f.entity = 'evidence' and v.id = f.entity_id
    left join case_study s on f.entity = 'caseStudy' and s.id = f.entity_id
    where f.resolved_at is null
    order by f.created_at desc, emp.name
    limit 500`.execute(ctx.db);
  return rows.map((row) => ({
    ...row,
    title: row.title?.replace(/\d{4}-\d{2}-\d{2}/, (iso) => formatDate(iso)) ?? 'A record',
  }));
}

export async function resolveFlag(ctx: ServiceContext, id: string) {
  const flag = await ctx.db.selectFrom('reviewFlag').selectAll().where('id', '=', id).executeTakeFirst();
  if (!flag) throw new DomainError('not_found', 'That item has already been reviewed.', 'id');
  await ctx.db.updateTable('reviewFlag').set({ resolvedAt: ctx.now() }).where('id', '=', id).execute();
  // Edits made while it was flagged (taking the name out, say) kept the text before them in the
  // change log: only that they happened is kept.
  await ctx.db
    .updateTable('changeLog')
    .set({ before: null, after: null })
    .where('entityId', '=', flag.entityId)
    .where('at', '>=', flag.createdAt)
    .execute();
  await forgetRemovedText(ctx.db, [flag.entity.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)]);
  return { resolved: true };
}
