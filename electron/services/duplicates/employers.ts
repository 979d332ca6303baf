// Employers that may be one employer recorded twice: the same name once "Ltd", capitals and
// punctuation are set aside, the same phone number, email address or website, or the same
// postcode with a name that starts the same way.
import type { Kysely } from 'kysely';
import type { DuplicateRecord, PossibleDuplicates } from '../../../shared/duplicates/schema';
import type { Database } from '../../db/schema';
import { emailKey, likelyPairs, phoneKey, postcodeKey, websiteKey, type Clue } from './pairs';
import { notTheSamePairs, shown } from './shown';

type Row = {
  id: string;
  name: string;
  nameKey: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  postcode: string | null;
  locality: string | null;
  createdAt: string;
};

export async function possibleDuplicateEmployers(db: Kysely<Database>): Promise<PossibleDuplicates> {
  const rows: Row[] = await db
    .selectFrom('employer')
    .select(['id', 'name', 'nameKey', 'phone', 'email', 'website', 'postcode', 'locality', 'createdAt'])
    .where('deletedAt', 'is', null)
    .execute();
  const pairs = likelyPairs(rows, clues, { enough: 2, notTheSame: await notTheSamePairs(db, 'employer') });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return shown(pairs, async (ids) => {
    const contacts = await db
      .selectFrom('interaction')
      .select(['employerId', (eb) => eb.fn.countAll<number>().as('count')])
      .where('employerId', 'in', ids)
      .where('deletedAt', 'is', null)
      .groupBy('employerId')
      .execute();
    const counts = new Map(contacts.map((row) => [row.employerId, Number(row.count)]));
    return ids.map((id): DuplicateRecord => {
      const row = byId.get(id)!;
      return {
        id,
        name: row.name,
        details: [row.locality, row.postcode, row.phone, row.website].filter((detail): detail is string => !!detail),
        contacts: counts.get(id) ?? 0,
        addedOn: row.createdAt.slice(0, 10),
      };
    });
  });
}

function clues(row: Row): Clue<Row>[] {
  const found: Clue<Row>[] = [
    {
      key: `name ${row.nameKey}`,
      weight: 3,
      reason: (first, second) =>
        first.name === second.name
          ? 'The same name'
          : 'The same name once “Ltd”, capitals and punctuation are set aside',
    },
  ];
  const phone = phoneKey(row.phone);
  if (phone) found.push({ key: `phone ${phone}`, weight: 3, reason: samePhone });
  const email = emailKey(row.email);
  if (email) found.push({ key: `email ${email}`, weight: 3, reason: `The same email address, ${email}` });
  const website = websiteKey(row.website);
  if (website) found.push({ key: `website ${website}`, weight: 3, reason: `The same website, ${website}` });
  const postcode = postcodeKey(row.postcode);
  const firstWord = row.nameKey.split(' ')[0];
  if (postcode && firstWord)
    found.push({
      key: `postcode ${postcode} ${firstWord}`,
      weight: 2,
      reason: `The same postcode, ${row.postcode}, and a name starting “${firstWord}”`,
    });
  return found;
}

const samePhone = (first: Row, second: Row) =>
  first.phone === second.phone
    ? `The same phone number, ${first.phone}`
    : `The same phone number, written ${first.phone} and ${second.phone}`;
