// Made-up people, their roles and a history of contact for the demo employers. Seeded, so the
// same plan always gives the same record; streamed out in batches, so a million rows fit.
import { base, en, en_GB, Faker } from '@faker-js/faker';
import type { Insertable } from 'kysely';
import type {
  AffiliationTable,
  CommitmentTable,
  EmployerTable,
  InteractionTable,
  PersonTable,
  TrustNoteTable,
} from '../../db/schema';
import { seededRandom, weightedTable } from './random';
import { outcomesOf } from './records';
import { noteWriter } from './words';
import { offerTitleWords } from './placements';

export type RelationshipPlan = {
  people: number;
  interactions: number;
  busyEmployers: number;
  busyInteractions: number;
};

export type RelationshipRows = {
  person: PersonTable[];
  affiliation: AffiliationTable[];
  interaction: Insertable<InteractionTable>[];
  interactionPerson: { interactionId: string; personId: string }[];
  trustNote: Insertable<TrustNoteTable>[];
  commitment: Insertable<CommitmentTable>[];
};

const roles = [
  'HR manager',
  'Store manager',
  'Recruitment lead',
  'Operations manager',
  'Site supervisor',
  'Owner',
  'Head of people',
  'Shift manager',
  'Training coordinator',
  'Deputy manager',
];
const kinds = weightedTable([
  ['call', 35],
  ['email', 30],
  ['meeting', 12],
  ['site_visit', 8],
  ['event', 4],
  ['networking', 3],
  ['presentation', 2],
  ['recruitment_day', 2],
  ['open_day', 1],
  ['social_media', 1],
  ['letter', 1],
  ['other', 1],
] as const);
const topics = [
  'the warehouse vacancies',
  'guaranteed interviews',
  'a work trial',
  'feedback on candidates',
  'the next jobs fair',
  'Christmas temps',
  'an apprenticeship place',
  'mentoring sessions',
  'the induction day',
  'travel to the site',
  'flexible hours for parents',
  'a taster day',
  'their recruitment process',
  'in-work support',
  'a mock interview workshop',
];
const summaries: Record<string, (who: string, topic: string) => string> = {
  call: (who, topic) => `Call with ${who} about ${topic}`,
  email: (who, topic) => `Emailed ${who} about ${topic}`,
  meeting: (who, topic) => `Met ${who} to talk about ${topic}`,
  site_visit: (who) => `Site visit with ${who}`,
  event: (who) => `Saw ${who} at the jobs fair`,
  networking: (who) => `Caught up with ${who} at a networking event`,
  presentation: (_who, topic) => `Presented our service, focusing on ${topic}`,
  recruitment_day: () => `Recruitment day on site`,
  open_day: () => `Open day for jobseekers`,
  social_media: (_who, topic) => `Shared their post about ${topic}`,
  letter: (who) => `Wrote to ${who} with a thank-you letter`,
  other: (who, topic) => `Spoke to ${who} about ${topic}`,
};

const day = 86_400_000;

const inOfferTitles = (name: string) =>
  name
    .toLowerCase()
    .split(/\s+/)
    .some((part) => offerTitleWords.has(part));

export function* demoRelationships(
  employers: readonly (Pick<EmployerTable, 'id' | 'name' | 'createdAt' | 'phase'> & { phaseSince?: string | null })[],
  plan: RelationshipPlan,
  { seed = 2027, referenceDate, batchSize = 2000 }: { seed?: number; referenceDate: Date; batchSize?: number },
): Generator<Partial<RelationshipRows>> {
  const faker = new Faker({ locale: [en_GB, en, base], seed });
  const random = seededRandom(seed);
  const writeNotes = noteWriter(seed + 1);
  const end = referenceDate.getTime();
  const peopleByEmployer = new Map<string, { id: string; first: string }[]>();
  const usedNames = new Set<string>();

  // People: spread over the employers, the first current contact being the main one.
  let batch: Partial<RelationshipRows> = { person: [], affiliation: [] };
  for (let index = 0; index < plan.people; index++) {
    const employer = employers[index < employers.length ? index : random.int(0, employers.length - 1)]!;
    const createdMs = random.int(Date.parse(employer.createdAt), end - day);
    const created = new Date(createdMs).toISOString();
    // No two people of the same name, who would look like one person recorded twice.
    let [first, name] = ['', ''];
    for (let tries = 0; tries < 20 && (name === '' || usedNames.has(name) || inOfferTitles(name)); tries++) {
      first = faker.person.firstName();
      name = `${first} ${faker.person.lastName()}`;
    }
    usedNames.add(name);
    const id = random.uuid7(createdMs);
    const contacts = peopleByEmployer.get(employer.id) ?? [];
    batch.person!.push({
      id,
      name,
      email: random.chance(0.6) ? `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.org.uk` : null,
      phone: random.chance(0.5) ? `07700 900${String(random.int(0, 999)).padStart(3, '0')}` : null,
      // Some give a desk line as well as a mobile.
      otherPhones: random.chance(0.1) ? `0161 496 1${String(random.int(0, 999)).padStart(3, '0')}` : null,
      otherEmails: null,
      preferredChannel: random.chance(0.5) ? random.pick(['phone', 'email', 'in_person', 'text']) : null,
      notes: random.chance(0.3) ? writeNotes(random.int(8, 30)) : null,
      createdAt: created,
      updatedAt: created,
      deletedAt: null,
    });
    const leftMs = random.chance(0.12) ? random.int(createdMs, end) : null;
    batch.affiliation!.push(role(id, employer.id, createdMs, leftMs, contacts.length === 0));
    if (leftMs !== null) {
      const next = employers[random.int(0, employers.length - 1)]!;
      if (next.id !== employer.id) batch.affiliation!.push(role(id, next.id, leftMs, null, false));
    }
    contacts.push({ id, first });
    peopleByEmployer.set(employer.id, contacts);
    if (batch.person!.length >= batchSize) {
      yield batch;
      batch = { person: [], affiliation: [] };
    }
  }
  yield batch;

  // Contact: a few very busy employers, the rest shared out unevenly.
  const busy = employers.slice(0, plan.busyEmployers);
  // An employer known for longer has had more contact: weighted by the days it has been in the
  // record, so the record's contact does not pile up in its last weeks.
  const spread = weightedTable(
    employers
      .slice(plan.busyEmployers)
      .map((employer, rank) => [employer, (end - Date.parse(employer.createdAt)) / day / Math.sqrt(rank + 1)] as const),
  );
  const remaining = Math.max(0, plan.interactions - busy.length * plan.busyInteractions);
  const counts = new Map<string, number>(busy.map((employer) => [employer.id, plan.busyInteractions]));
  for (let index = 0; index < remaining; index++) {
    const employer = random.weighted(spread);
    counts.set(employer.id, (counts.get(employer.id) ?? 0) + 1);
  }

  // Written in time order, as a real record grows: inserting UUIDv7 keys in order is far faster.
  const interactions: Insertable<InteractionTable>[] = [];
  const present = new Map<string, string[]>();
  for (const employer of employers) {
    const count = counts.get(employer.id) ?? 0;
    const contacts = peopleByEmployer.get(employer.id) ?? [];
    const startMs = Date.parse(employer.createdAt);
    // As a manager's diary looks: the next contact planned with some of the employers they are
    // working with (none with dormant or ended ones), within the next three weeks; and a follow-up
    // only where it still matters, so Today shows an ordinary day rather than years of loose ends.
    // The busiest employers are the ones being worked with, whatever phase the list gave them.
    const working = busy.includes(employer) || !['dormant', 'ended'].includes(employer.phase ?? '');
    // Contact with a dormant or ended employer stopped when it went quiet.
    const lastMs =
      working || !employer.phaseSince ? end : Math.max(startMs, Date.parse(`${employer.phaseSince}T17:00:00Z`));
    const plannedAt = count > 0 && working && random.chance(0.25) ? count - 1 : -1;
    for (let index = 0; index < count; index++) {
      const planned = index === plannedAt;
      const atMs = planned ? end + random.int(1, 21) * day : random.int(startMs, Math.min(end, lastMs));
      const followUpMs = atMs + random.int(3, 30) * day;
      const kind = random.weighted(kinds);
      const people = contacts.length === 0 || random.chance(0.1) ? [] : [random.pick(contacts)];
      if (people.length === 1 && contacts.length > 1 && random.chance(0.2)) {
        const other = random.pick(contacts);
        if (other.id !== people[0]!.id) people.push(other);
      }
      const who = people.map((person) => person.first).join(' and ') || 'the team';
      const id = random.uuid7(atMs);
      const occurredAt = new Date(atMs).toISOString();
      interactions.push({
        id,
        employerId: employer.id,
        kind,
        status: planned ? 'planned' : random.chance(0.04) ? 'cancelled' : 'done',
        occurredAt,
        summary: summaries[kind]!(who, random.pick(topics)),
        notes: random.chance(0.55) ? writeNotes(random.int(10, 90)) : null,
        followUpOn:
          !planned && followUpMs > end - 3 * day && random.chance(0.2)
            ? new Date(followUpMs).toISOString().slice(0, 10)
            : null,
        createdAt: occurredAt,
        updatedAt: occurredAt,
        deletedAt: null,
      });
      if (people.length > 0)
        present.set(
          id,
          people.map((person) => person.id),
        );
    }
  }
  interactions.sort((a, b) => (a.id < b.id ? -1 : 1));
  for (let start = 0; start < interactions.length; start += batchSize) {
    const chunk = interactions.slice(start, start + batchSize);
    yield {
      ...outcomesOf(chunk as Parameters<typeof outcomesOf>[0], present, random, end),
      interaction: chunk,
      interactionPerson: chunk.flatMap(({ id }) =>
        (present.get(id) ?? []).map((personId) => ({ interactionId: id, personId })),
      ),
    };
  }

  function role(
    personId: string,
    employerId: string,
    fromMs: number,
    toMs: number | null,
    isPrimary: boolean,
  ): AffiliationTable {
    const at = new Date(fromMs).toISOString();
    return {
      id: random.uuid7(fromMs),
      personId,
      employerId,
      roleTitle: random.pick(roles),
      isPrimary: isPrimary ? 1 : 0,
      startedOn: at.slice(0, 10),
      endedOn: toMs === null ? null : new Date(toMs).toISOString().slice(0, 10),
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    };
  }
}
