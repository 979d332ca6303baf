// The names in the database that still appear in a text: an anonymised export must contain none.
import { sql, type Kysely } from 'kysely';
import { nameCandidates } from '../../../shared/caseStudies/anonymise';
import type { NameFlag } from '../../../shared/caseStudies/schema';
import type { Database } from '../../db/schema';

export async function namesInDatabase(db: Kysely<Database>, texts: string[]): Promise<NameFlag[]> {
  const candidates = new Set<string>();
  for (const text of texts) for (const candidate of nameCandidates(text)) candidates.add(candidate);
  if (candidates.size === 0) return [];
  const wanted = JSON.stringify([...candidates]);
  const { rows } = await sql<NameFlag>`
    select name, 'employer' as kind from employer where lower(name) in (select value from json_each(${wanted}))
    union
    select name, 'person' as kind from person where lower(name) in (select value from json_each(${wanted}))
    order by name`.execute(db);
  return rows;
}
