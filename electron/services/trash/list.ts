// What is in Trash, newest first, across every kind of record. Referrals and evidence that went
// to Trash with their opportunity come back with it, so they are not listed on their own.
import { sql, type Kysely } from 'kysely';
import type { TrashItem, TrashKind, TrashPage } from '../../../shared/trash/schema';
import type { Database } from '../../db/schema';

const employerOf = (column: string) => `(select name from employer where id = ${column})`;

const sources: Record<TrashKind, string> = {
  employer: `select 'employer' as kind, id, name as title, null as employer_name, deleted_at from employer
             where deleted_at is not null`,
  person: `select 'person', id, name, null, deleted_at from person where deleted_at is not null`,
  interaction: `select 'interaction', id, summary, ${employerOf('employer_id')}, deleted_at from interaction
                where deleted_at is not null`,
  trustNote: `select 'trustNote', id, substr(observation, 1, 120), ${employerOf('employer_id')}, deleted_at
              from trust_note where deleted_at is not null`,
  opportunity: `select 'opportunity', id,
                  title || case n when 0 then '' when 1 then ' (with 1 referral)' else ' (with ' || n || ' referrals)' end,
                  employer_name, deleted_at
                from (select o.id, o.title, o.deleted_at, ${employerOf('o.employer_id')} as employer_name,
                        (select count(*) from referral r where r.opportunity_id = o.id and r.deleted_at = o.deleted_at) as n
                      from opportunity o where o.deleted_at is not null)`,
  referral: `select 'referral', r.id, 'Referral of ' || r.reference, ${employerOf('r.employer_id')}, r.deleted_at
             from referral r join opportunity o on o.id = r.opportunity_id
             where r.deleted_at is not null and o.deleted_at is null`,
  evidence: `select 'evidence', v.id, coalesce(v.file_name, v.confirmed_by, 'Evidence'), ${employerOf('v.employer_id')},
             v.deleted_at from evidence v left join referral r on r.id = v.referral_id
             where v.deleted_at is not null and r.deleted_at is null`,
  caseStudy: `select 'caseStudy', id, title, ${employerOf('employer_id')}, deleted_at from case_study
              where deleted_at is not null`,
};

export async function listTrash(
  db: Kysely<Database>,
  { kind, offset = 0, limit = 100 }: { kind?: TrashKind; offset?: number; limit?: number } = {},
): Promise<TrashPage> {
  const all = sql.raw(Object.values(sources).join(' union all '));
  const { rows: counted } = await sql<{
    kind: TrashKind;
    n: number;
  }>`select kind, count(*) as n from (${all}) group by kind`.execute(db);
  const counts = Object.fromEntries(counted.map((row) => [row.kind, row.n]));
  const chosen = sql.raw(kind ? sources[kind] : Object.values(sources).join(' union all '));
  const { rows } = await sql<{
    kind: TrashKind;
    id: string;
    title: string;
    employerName: string | null;
    deletedAt: string;
  }>`
    select * from (${chosen}) order by deleted_at desc, id limit ${limit} offset ${offset}`.execute(db);
  const items: TrashItem[] = rows.map((row) => ({ ...row }));
  const total = kind ? (counts[kind] ?? 0) : counted.reduce((sum, row) => sum + row.n, 0);
  return { items, total, counts };
}

/** Every item in Trash, for emptying it. */
export async function everythingInTrash(db: Kysely<Database>): Promise<{ kind: TrashKind; id: string }[]> {
  const { rows } = await sql<{
    kind: TrashKind;
    id: string;
  }>`select kind, id from (${sql.raw(Object.values(sources).join(' union all '))})`.execute(db);
  return rows;
}
