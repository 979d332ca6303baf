// Who is on an email, and which employer it is with: addresses matched to the people in the
// record, and the employer found from those people, or from the address's domain and the
// employers' websites and email addresses. Read once for a whole batch of files.
import { sql, type Kysely } from 'kysely';
import type { MailAddress, MessagePerson } from '../../../shared/mail/schema';
import type { Database } from '../../db/schema';
import type { CapturedMessage } from './message';

type KnownPerson = { id: string; name: string; employerIds: string[] };
export type AddressBook = {
  people: Map<string, KnownPerson>;
  /** Each domain's employers: from their websites and email addresses, and their people's addresses. */
  domains: Map<string, Set<string>>;
  employerNames: Map<string, string>;
};

/** Addresses anyone can have: they say nothing about where a person works. */
const personalDomains = new Set(
  `gmail.com googlemail.com outlook.com hotmail.com hotmail.co.uk live.com live.co.uk msn.com yahoo.com
   yahoo.co.uk ymail.com icloud.com me.com mac.com aol.com aol.co.uk btinternet.com btopenworld.com sky.com
   talktalk.net virginmedia.com ntlworld.com blueyonder.co.uk tiscali.co.uk plus.com protonmail.com proton.me
   gmx.com gmx.co.uk mail.com zoho.com fastmail.com hey.com`.split(/\s+/),
);

export const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/** The domain a website or address names: `https://www.greggs.co.uk/jobs` is greggs.co.uk. */
function domainOfSite(website: string): string | null {
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(website) ? website : `https://${website.trim()}`);
    return url.hostname.replace(/^www\d?\./, '').toLowerCase() || null;
  } catch {
    return null;
  }
}

export async function readAddressBook(db: Kysely<Database>): Promise<AddressBook> {
  const { rows: people } = await sql<{
    id: string;
    name: string;
    email: string | null;
    otherEmails: string | null;
    employerIds: string | null;
  }>`select p.id, p.name, p.email, p.other_emails,
       (select group_concat(a.employer_id) from affiliation a join employer e on e.id = a.employer_id
         where a.person_id = p.id and a.ended_on is null and a.deleted_at is null and e.deleted_at is null) as employer_ids
     from person p
     where p.deleted_at is null and (p.email is not null or p.other_emails is not null)`.execute(db);
  const { rows: employers } = await sql<{ id: string; name: string; website: string | null; email: string | null }>`
    select id, name, website, email from employer where deleted_at is null`.execute(db);

  const book: AddressBook = { people: new Map(), domains: new Map(), employerNames: new Map() };
  const addDomain = (domain: string | null, employerId: string) => {
    if (!domain || personalDomains.has(domain)) return;
    const set = book.domains.get(domain) ?? new Set();
    set.add(employerId);
    book.domains.set(domain, set);
  };
  for (const employer of employers) {
    book.employerNames.set(employer.id, employer.name);
    if (employer.website) addDomain(domainOfSite(employer.website), employer.id);
    if (employer.email) addDomain(domainOf(employer.email), employer.id);
  }
  for (const person of people) {
    const employerIds = person.employerIds ? person.employerIds.split(',') : [];
    const known = { id: person.id, name: person.name, employerIds };
    for (const email of [person.email, ...(person.otherEmails ?? '').split('\n')]) {
      const plain = email?.trim().toLowerCase();
      if (!plain) continue;
      if (!book.people.has(plain)) book.people.set(plain, known);
      for (const employerId of employerIds) addDomain(domainOf(plain), employerId);
    }
  }
  return book;
}

/** The employers an address's domain (or a domain it is part of, hr.greggs.co.uk in greggs.co.uk) belongs to. */
function employersAt(book: AddressBook, email: string): Set<string> {
  const labels = domainOf(email).split('.');
  for (let start = 0; labels.length - start >= 2; start++) {
    const found = book.domains.get(labels.slice(start).join('.'));
    if (found) return found;
  }
  return new Set();
}

export type Where = { employerId: string; why: string } | null;

/**
 * The employer a message is with: where it was dropped, else the employer most of its known people
 * work for, else the one employer its addresses' domains belong to. Null when it cannot tell.
 */
export function employerFor(book: AddressBook, message: CapturedMessage, dropped: Where): Where {
  if (dropped) return dropped;
  const everyone = [message.from, ...message.to, ...message.cc].filter((one): one is MailAddress => one !== null);
  const counts = new Map<string, { count: number; who: string }>();
  for (const one of everyone) {
    const person = book.people.get(one.email);
    for (const employerId of person?.employerIds ?? []) {
      const seen = counts.get(employerId);
      counts.set(employerId, { count: (seen?.count ?? 0) + 1, who: seen?.who ?? person!.name });
    }
  }
  const ranked = [...counts].sort((a, b) => b[1].count - a[1].count);
  if (ranked.length > 0 && (ranked.length === 1 || ranked[0]![1].count > ranked[1]![1].count)) {
    const [employerId, { who }] = ranked[0]!;
    return { employerId, why: `${who} works there` };
  }
  const byDomain = new Map<string, string>();
  for (const one of everyone)
    for (const employerId of employersAt(book, one.email)) byDomain.set(employerId, domainOf(one.email));
  if (byDomain.size === 1) {
    const [employerId, domain] = [...byDomain][0]!;
    return { employerId, why: `The address is at ${domain}` };
  }
  return null;
}

/** Everyone on the message, matched to people in the record and marked if they are at the employer. */
export function peopleOn(book: AddressBook, message: CapturedMessage, employerId: string | null): MessagePerson[] {
  const invitation = message.kind === 'meeting';
  const listed: [MailAddress | null, MessagePerson['role']][] = [
    [message.from, invitation ? 'organiser' : 'from'],
    ...message.to.map((one): [MailAddress, MessagePerson['role']] => [one, invitation ? 'attendee' : 'to']),
    ...message.cc.map((one): [MailAddress, MessagePerson['role']] => [one, 'cc']),
  ];
  const seen = new Set<string>();
  return listed.flatMap(([one, role]) => {
    if (!one || seen.has(one.email)) return [];
    seen.add(one.email);
    const person = book.people.get(one.email);
    const atEmployer =
      employerId !== null && (person?.employerIds.includes(employerId) || employersAt(book, one.email).has(employerId));
    return [{ ...one, role, personId: person?.id ?? null, personName: person?.name ?? null, atEmployer }];
  });
}
