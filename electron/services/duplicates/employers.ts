// Employers that may be one employer recorded twice: the same name once "Ltd", capitals and
// punctuation are set aside, the same phone number, email address or website, or the same
// postcode with a name that starts the same way.
import type { Kysely } from 'kysely';
import type { DuplicateRecord, PossibleDuplicates } from '../../../shared/duplicates/schema';
import type { Database } from '../../db/schema';
import { emailKey, likelyPairs, phoneKey, postcodeKey, websiteKey, type Clue, type Keys } from './pairs';
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
  const pairs = likelyPairs(rows, keys, { enough: 2, notTheSame: await notTheSamePairs(db, 'employer') });
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

const sameName: Clue<Row> = {
  weight: 3,
  reason: (first, second) =>
    first.name === second.name ? 'The same name' : 'The same name once “Ltd”, capitals and punctuation are set aside',
};
const samePhone: Clue<Row> = {
  weight: 3,
  reason: (first, second) =>
    first.phone === second.phone
      ? `The same phone number, ${first.phone}`
      : `The same phone number, written ${first.phone} and ${second.phone}`,
};
const sameEmail: Clue<Row> = { weight: 3, reason: (_first, _second, email) => `The same email address, ${email}` };
const sameWebsite: Clue<Row> = { weight: 3, reason: (_first, _second, website) => `The same website, ${website}` };
const samePostcode: Clue<Row> = {
  weight: 2,
  reason: (first) => `The same postcode, ${first.postcode}, and a name starting “${first.nameKey.split(' ')[0]}”`,
};

const keys: Keys<Row> = (row, key) => {
  key(`name ${row.nameKey}`, sameName);
  const phone = phoneKey(row.phone);
  if (phone) key(`phone ${phone}`, samePhone);
  const email = emailKey(row.email);
  if (email) key(`email ${email}`, sameEmail);
  const website = websiteKey(row.website);
  if (website) key(`website ${website}`, sameWebsite);
  const postcode = postcodeKey(row.postcode);
  const firstWord = row.nameKey.split(' ')[0];
  if (postcode && firstWord) key(`postcode ${postcode} ${firstWord}`, samePostcode);
};
