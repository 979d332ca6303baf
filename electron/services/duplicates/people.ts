// People who may be one person recorded twice: the same name (titles, capitals and accents set
// aside), more so at the same employer; the same email address; a shared phone number only
// alongside something else, since colleagues often give one switchboard.
import type { Kysely } from 'kysely';
import type { DuplicateRecord, PossibleDuplicates } from '../../../shared/duplicates/schema';
import { personNameKey } from '../../../shared/people/names';
import type { Database } from '../../db/schema';
import { emailKey, likelyPairs, phoneKey, type Clue } from './pairs';
import { linesOf } from '../people/person';
import { notTheSamePairs, shown } from './shown';

type Row = {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  otherEmails: string | null;
  otherPhones: string | null;
  createdAt: string;
  employers: { id: string; name: string }[];
};

export async function possibleDuplicatePeople(db: Kysely<Database>): Promise<PossibleDuplicates> {
  const people = await db
    .selectFrom('person')
    .select(['id', 'name', 'email', 'phone', 'otherEmails', 'otherPhones', 'createdAt'])
    .where('deletedAt', 'is', null)
    .execute();
  const roles = await db
    .selectFrom('affiliation as a')
    .innerJoin('employer as e', 'e.id', 'a.employerId')
    .select(['a.personId', 'e.id', 'e.name'])
    .where('a.endedOn', 'is', null)
    .where('a.deletedAt', 'is', null)
    .where('e.deletedAt', 'is', null)
    .execute();
  const rows = new Map<string, Row>(people.map((person) => [person.id, { ...person, employers: [] }]));
  for (const role of roles) rows.get(role.personId)?.employers.push({ id: role.id, name: role.name });
  const pairs = likelyPairs([...rows.values()], clues, {
    enough: 2,
    notTheSame: await notTheSamePairs(db, 'person'),
  });
  return shown(pairs, async (ids) => {
    const contacts = await db
      .selectFrom('interactionPerson as ip')
      .innerJoin('interaction as i', 'i.id', 'ip.interactionId')
      .select(['ip.personId', (eb) => eb.fn.countAll<number>().as('count')])
      .where('ip.personId', 'in', ids)
      .where('i.deletedAt', 'is', null)
      .groupBy('ip.personId')
      .execute();
    const counts = new Map(contacts.map((row) => [row.personId, Number(row.count)]));
    return ids.map((id): DuplicateRecord => {
      const row = rows.get(id)!;
      const works = row.employers.map((employer) => employer.name).join(', ');
      return {
        id,
        name: row.name,
        details: [works && `Works at ${works}`, row.email, row.phone].filter((detail): detail is string => !!detail),
        contacts: counts.get(id) ?? 0,
        addedOn: row.createdAt.slice(0, 10),
      };
    });
  });
}

function clues(row: Row): Clue<Row>[] {
  const name = personNameKey(row.name);
  const found: Clue<Row>[] = [
    {
      key: `name ${name}`,
      weight: 2,
      reason: (first, second) =>
        first.name === second.name ? 'The same name' : 'The same name once titles and capitals are set aside',
    },
    ...row.employers.map((employer) => ({
      key: `at ${employer.id} ${name}`,
      weight: 2,
      reason: `Both work at ${employer.name}`,
    })),
  ];
  // Any of their email addresses or phone numbers, the first or the others.
  for (const email of [row.email, ...linesOf(row.otherEmails)]) {
    const key = emailKey(email);
    if (key) found.push({ key: `email ${key}`, weight: 3, reason: `The same email address, ${key}` });
  }
  for (const phone of [row.phone, ...linesOf(row.otherPhones)]) {
    const key = phoneKey(phone);
    if (key) found.push({ key: `phone ${key}`, weight: 1, reason: `The same phone number, ${phone}` });
  }
  return found;
}
