// What goes in the calendar: planned contact (from a week ago on: older ones are overdue, listed
// on Today) and each employer's next follow-up, with ids that stay the same as they change, so a
// calendar updates them in place.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';

export type CalendarEvent = {
  uid: string;
  start: string;
  /** A follow-up is a day; a planned contact an hour. */
  allDay: boolean;
  summary: string;
  description: string;
  changedAt: string;
};

type ContactRow = {
  id: string;
  kind: string;
  kindLabel: string | null;
  occurredAt: string;
  summary: string;
  employerName: string;
  people: string | null;
  updatedAt: string;
};

const uidOf = (what: 'contact' | 'follow-up', id: string) => `${what}-${id}@bridgework`;

function contactEvent(row: ContactRow): CalendarEvent {
  const kind = row.kindLabel ?? row.kind;
  return {
    uid: uidOf('contact', row.id),
    start: row.occurredAt,
    allDay: false,
    summary: `${kind}: ${row.employerName}`,
    description: [row.summary, row.people ? `With ${row.people}` : null, 'Planned in Bridgework']
      .filter(Boolean)
      .join('\n'),
    changedAt: row.updatedAt,
  };
}

const contactColumns = sql`i.id, i.kind, v.label as kind_label, i.occurred_at, i.summary, e.name as employer_name,
  (select group_concat(p.name, ', ') from interaction_person ip join person p on p.id = ip.person_id
    where ip.interaction_id = i.id) as people, i.updated_at`;
const kindLabel = sql`left join vocabulary v on v.list = 'interaction_kind' and v.code = i.kind`;

export async function calendarEvents(db: Kysely<Database>, now: string): Promise<CalendarEvent[]> {
  const since = new Date(Date.parse(now) - 7 * 86_400_000).toISOString();
  const { rows: planned } = await sql<ContactRow>`
    select ${contactColumns} from interaction i join employer e on e.id = i.employer_id ${kindLabel}
    where i.status = 'planned' and i.deleted_at is null and e.deleted_at is null and i.occurred_at >= ${since}
    order by i.occurred_at, i.id`.execute(db);
  const { rows: followUps } = await sql<{
    id: string;
    name: string;
    followUpOn: string;
    summary: string;
    updatedAt: string;
  }>`
    select e.id, e.name, e.follow_up_on, i.summary, i.updated_at
    from employer e join interaction i on i.id = e.follow_up_interaction_id
    where e.deleted_at is null and e.follow_up_on >= ${since.slice(0, 10)}
    order by e.follow_up_on, e.id`.execute(db);
  return [
    ...planned.map(contactEvent),
    ...followUps.map((row) => followUpEvent(row.id, row.name, row.followUpOn, row.summary, row.updatedAt)),
  ];
}

/** One contact, or the follow-up set on it, as an event; null when it has none of that. */
export async function oneEvent(
  db: Kysely<Database>,
  interactionId: string,
  event: 'contact' | 'followUp',
): Promise<CalendarEvent | null> {
  const { rows } = await sql<ContactRow & { status: string; followUpOn: string | null; employerId: string }>`
    select ${contactColumns}, i.status, i.follow_up_on, i.employer_id
    from interaction i join employer e on e.id = i.employer_id ${kindLabel}
    where i.id = ${interactionId} and i.deleted_at is null`.execute(db);
  const row = rows[0];
  if (!row) return null;
  if (event === 'contact') return contactEvent(row);
  if (!row.followUpOn) return null;
  return followUpEvent(row.employerId, row.employerName, row.followUpOn, row.summary, row.updatedAt);
}

/** An employer's follow-up: one at a time, so its id is the employer's. */
function followUpEvent(employerId: string, name: string, day: string, after: string, changedAt: string): CalendarEvent {
  return {
    uid: uidOf('follow-up', employerId),
    start: day,
    allDay: true,
    summary: `Follow up: ${name}`,
    description: `After “${after}”\nSet in Bridgework`,
    changedAt,
  };
}
