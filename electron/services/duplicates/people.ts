// People who may be one person recorded twice: the same name (titles, capitals and accents set
// aside), more so at the same employer; the same email address; a shared phone number only
// alongside something else, since colleagues often give one switchboard.
import type { Kysely } from 'kysely';
import type { DuplicateRecord, PossibleDuplicates } from '../../../shared/duplicates/schema';
import { personNameKey } from '../../../shared/people/names';
import type { Database } from '../../db/schema';
import { emailKey, likelyPairs, phoneKey, type Clue, type Keys } from './pairs';
import { linesOf } from '../people/person';
import { notTheSamePairs, shown } from './shown';

type Row = {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  otherEmails: string | null;
  otherPhones: string | null;
};

export async function possibleDuplicatePeople(db: Kysely<Database>): Promise<PossibleDuplicates> {
  const people: Row[] = await db
    .selectFrom('person')
    .select(['id', 'name', 'email', 'phone', 'otherEmails', 'otherPhones'])
    .where('deletedAt', 'is', null)
    .execute();
  const employerNames = new Map(
    (await db.selectFrom('employer').select(['id', 'name']).where('deletedAt', 'is', null).execute()).map((row) => [
      row.id,
      row.name,
    ]),
  );
  // Where each works now, by the employers' ids.
  const worksAt = new Map<string, string[]>();
  const roles = await db
    .selectFrom('affiliation')
    .select(['personId', 'employerId'])
    .where('endedOn', 'is', null)
    .where('deletedAt', 'is', null)
    .execute();
  for (const { personId, employerId } of roles) {
    if (!employerNames.has(employerId)) continue;
    const at = worksAt.get(personId);
    if (at) at.push(employerId);
    else worksAt.set(personId, [employerId]);
  }
  const pairs = likelyPairs(people, keys, {
    enough: 2,
    notTheSame: await notTheSamePairs(db, 'person'),
    // Two of one name at one employer are likelier one person than two.
    more: (first, second) => {
      const shared = worksAt.get(first.id)?.find((id) => worksAt.get(second.id)?.includes(id));
      return shared && personNameKey(first.name) === personNameKey(second.name)
        ? [{ weight: 2, reason: `Both work at ${employerNames.get(shared)}` }]
        : [];
    },
  });
  const byId = new Map(people.map((person) => [person.id, person]));
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
    const added = new Map(
      (await db.selectFrom('person').select(['id', 'createdAt']).where('id', 'in', ids).execute()).map((row) => [
        row.id,
        row.createdAt,
      ]),
    );
    return ids.map((id): DuplicateRecord => {
      const row = byId.get(id)!;
      const works = (worksAt.get(id) ?? []).map((employer) => employerNames.get(employer)).join(', ');
      return {
        id,
        name: row.name,
        details: [works && `Works at ${works}`, row.email, row.phone].filter((detail): detail is string => !!detail),
        contacts: counts.get(id) ?? 0,
        addedOn: added.get(id)!.slice(0, 10),
      };
    });
  });
}

const sameName: Clue<Row> = {
  weight: 2,
  reason: (first, second) =>
    first.name === second.name ? 'The same name' : 'The same name once titles and capitals are set aside',
};
const sameEmail: Clue<Row> = { weight: 3, reason: (_first, _second, email) => `The same email address, ${email}` };
const samePhone: Clue<Row> = {
  weight: 1,
  // As the first of the two wrote it.
  reason: (first, _second, digits) =>
    `The same phone number, ${[first.phone, ...linesOf(first.otherPhones)].find((phone) => phoneKey(phone) === digits)}`,
};

const keys: Keys<Row> = (row, key) => {
  key(`name ${personNameKey(row.name)}`, sameName);
  // Any of their email addresses or phone numbers, the first or the others.
  const email = emailKey(row.email);
  if (email) key(`email ${email}`, sameEmail);
  for (const other of linesOf(row.otherEmails)) key(`email ${emailKey(other)}`, sameEmail);
  const phone = phoneKey(row.phone);
  if (phone) key(`phone ${phone}`, samePhone);
  for (const other of linesOf(row.otherPhones)) {
    const otherKey = phoneKey(other);
    if (otherKey) key(`phone ${otherKey}`, samePhone);
  }
};
