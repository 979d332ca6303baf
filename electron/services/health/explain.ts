// Relationship health: each signal an employer shows, explained in a sentence.
import { sql, type Kysely } from 'kysely';
import { formatDate } from '../../../shared/dates';
import {
  healthSignalTitles,
  singleThreadedMonths,
  type EmployerHealth,
  type HealthSignal,
  type HealthSignalCode,
} from '../../../shared/health/signals';
import type { Database } from '../../db/schema';
import { getEmployer } from '../employers/get';
import { listVocabulary } from '../vocabulary/codes';
import type { CadencePhase, Settings } from '../../../shared/settings/schema';
import { readSettings } from '../settings/store';
import { healthClock, signalsOf, type HealthClock } from './signals';

/** Today's date and the contact cadence: what the health sentences are worked out against. */
export type HealthContext = HealthClock & { cadenceDays: Settings['cadenceDays'] };

export async function healthContext(db: Kysely<Database>, now: string): Promise<HealthContext> {
  return { ...healthClock(now), cadenceDays: (await readSettings(db)).cadenceDays };
}

export async function employerHealth(db: Kysely<Database>, employerId: string, now: string): Promise<EmployerHealth> {
  await getEmployer(db, employerId);
  const clock = await healthContext(db, now);
  const codes = (await signalsOf(db, [employerId], clock)).get(employerId) ?? [];
  const signals: HealthSignal[] = [];
  for (const code of codes) {
    signals.push({ code, title: healthSignalTitles[code], sentence: await explainSignal(db, employerId, code, clock) });
  }
  return { employerId, signals, asOf: now };
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / 86_400_000);

/** The sentence that says why an employer shows a signal. */
export async function explainSignal(
  db: Kysely<Database>,
  employerId: string,
  code: HealthSignalCode,
  clock: HealthContext,
): Promise<string> {
  return explainers[code](db, employerId, clock);
}

type Explainer = (db: Kysely<Database>, employerId: string, clock: HealthContext) => Promise<string>;

const overdueSentence =
  (party: 'us' | 'employer'): Explainer =>
  async (db, employerId, clock) => {
    const overdue = await db
      .selectFrom('commitment')
      .select(['description', 'dueOn'])
      .where('employerId', '=', employerId)
      .where('status', '=', 'open')
      .where('party', '=', party)
      .where('deletedAt', 'is', null)
      .where('dueOn', '<', clock.today)
      .orderBy('dueOn')
      .execute();
    const oldest = overdue[0]!;
    const who = party === 'us' ? 'We have' : 'They have';
    return `${who} ${plural(overdue.length, 'overdue promise')}. The oldest, “${oldest.description}”, was due on ${formatDate(oldest.dueOn)}.`;
  };

const explainers: Record<HealthSignalCode, Explainer> = {
  going_cold: async (db, employerId, clock) => {
    const employer = await getEmployer(db, employerId);
    const phase = employer.phase as CadencePhase;
    const aim = `In the ${phase} phase you aim to be in touch at least every ${clock.cadenceDays[phase]} days.`;
    if (!employer.lastContactAt) {
      return `No contact recorded since it was added ${plural(daysBetween(employer.createdAt, clock.today), 'day')} ago. ${aim}`;
    }
    return `No contact for ${plural(daysBetween(employer.lastContactAt, clock.today), 'day')}. ${aim}`;
  },
  single_threaded: async (db, employerId, clock) => {
    const person = await db
      .selectFrom('employerContact as c')
      .innerJoin('person as p', 'p.id', 'c.personId')
      .select('p.name')
      .where('c.employerId', '=', employerId)
      .where('c.lastContactAt', '>=', clock.recentSince)
      .executeTakeFirstOrThrow();
    return `All contact in the last ${singleThreadedMonths} months has been with ${person.name}. If they leave, the relationship could go with them.`;
  },
  orphaned: async (db, employerId) => {
    const last = await db
      .selectFrom('affiliation as a')
      .innerJoin('person as p', 'p.id', 'a.personId')
      .select(['p.name', 'a.endedOn'])
      .where('a.employerId', '=', employerId)
      .where('a.isPrimary', '=', 1)
      .where('a.endedOn', 'is not', null)
      .where('a.deletedAt', 'is', null)
      .orderBy('a.endedOn', 'desc')
      .executeTakeFirstOrThrow();
    return `${last.name}, the main contact, left on ${formatDate(last.endedOn)} and nobody else there is a current contact.`;
  },
  we_owe: overdueSentence('us'),
  they_owe: overdueSentence('employer'),
  trust_weakening: async (db, employerId) => {
    const { rows } = await sql<{ level: string }>`select level from (
        select level, direction, row_number() over (partition by level order by observed_on desc, id desc) as latest
        from trust_note where employer_id = ${employerId} and deleted_at is null)
      where latest = 1 and direction = 'weakened' order by level`.execute(db);
    const labels = (await listVocabulary(db)).trust_level;
    const names = rows.map(({ level }) => (labels.find((term) => term.code === level)?.label ?? level).toLowerCase());
    return `The latest trust notes say trust weakened at ${plural(rows.length, 'level')}: ${names.join(' and ')}.`;
  },
};
