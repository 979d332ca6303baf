// What the record already holds, loaded once per check so 100,000 rows can be matched quickly.
import type { Kysely } from 'kysely';
import { employerNameKey } from '../../../shared/employers/names';
import { personNameKey } from '../../../shared/people/names';
import type { Vocabulary } from '../../../shared/contract';
import type { Database } from '../../db/schema';
import { listVocabulary } from '../vocabulary/codes';

export type KnownEmployer = { id: string; name: string };
export type KnownPerson = { id: string; name: string; employerIds: Set<string> };

export type Lookups = {
  vocabulary: Vocabulary;
  employers: Map<string, KnownEmployer>;
  /** Employers that already have a main contact. */
  withPrimary: Set<string>;
  peopleByName: Map<string, KnownPerson[]>;
  peopleByEmail: Map<string, KnownPerson>;
};

export async function loadLookups(db: Kysely<Database>): Promise<Lookups> {
  const vocabulary = await listVocabulary(db);
  const employers = new Map<string, KnownEmployer>();
  for (const row of await db.selectFrom('employer').select(['id', 'name']).where('deletedAt', 'is', null).execute()) {
    const key = employerNameKey(row.name);
    if (!employers.has(key)) employers.set(key, row);
  }
  const withPrimary = new Set(
    (
      await db
        .selectFrom('affiliation')
        .select('employerId')
        .where('isPrimary', '=', 1)
        .where('endedOn', 'is', null)
        .where('deletedAt', 'is', null)
        .execute()
    ).map((row) => row.employerId),
  );
  const peopleByName = new Map<string, KnownPerson[]>();
  const peopleByEmail = new Map<string, KnownPerson>();
  const people = await db
    .selectFrom('person')
    .leftJoin('affiliation', (join) =>
      join.onRef('affiliation.personId', '=', 'person.id').on('affiliation.deletedAt', 'is', null),
    )
    .select(['person.id', 'person.name', 'person.email', 'affiliation.employerId'])
    .where('person.deletedAt', 'is', null)
    .execute();
  const byId = new Map<string, KnownPerson>();
  for (const row of people) {
    let person = byId.get(row.id);
    if (!person) {
      person = { id: row.id, name: row.name, employerIds: new Set() };
      byId.set(row.id, person);
      const key = personNameKey(row.name);
      peopleByName.set(key, [...(peopleByName.get(key) ?? []), person]);
      if (row.email) peopleByEmail.set(row.email.toLowerCase(), person);
    }
    if (row.employerId) person.employerIds.add(row.employerId);
  }
  return { vocabulary, employers, withPrimary, peopleByName, peopleByEmail };
}

/** `employer id|date|kind|summary` of each contact already recorded with these employers. */
export async function loadInteractionKeys(
  db: Kysely<Database>,
  employerIds: string[],
): Promise<Map<string, { id: string; summary: string }>> {
  const keys = new Map<string, { id: string; summary: string }>();
  for (let start = 0; start < employerIds.length; start += 500) {
    const rows = await db
      .selectFrom('interaction')
      .select(['id', 'employerId', 'occurredAt', 'kind', 'summary'])
      .where('employerId', 'in', employerIds.slice(start, start + 500))
      .where('deletedAt', 'is', null)
      .execute();
    for (const row of rows) {
      keys.set(interactionKey(row.employerId, row.occurredAt.slice(0, 10), row.kind, row.summary), row);
    }
  }
  return keys;
}

export function interactionKey(employerId: string, date: string, kind: string, summary: string): string {
  return `${employerId}|${date}|${kind}|${summary.trim().toLowerCase()}`;
}
