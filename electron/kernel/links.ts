// Checks that the records a new note or promise points at exist and belong together.
import type { Kysely } from 'kysely';
import { DomainError } from '../../shared/result';
import type { Database } from '../db/schema';
import { getEmployer } from '../services/employers/get';

export async function requireActiveEmployer(db: Kysely<Database>, employerId: string) {
  const employer = await getEmployer(db, employerId);
  if (employer.deletedAt) {
    throw new DomainError('invalid_input', `${employer.name} is in Trash. Restore it first.`, 'employerId');
  }
  return employer;
}

const linkable = {
  interaction: { field: 'interactionId', message: 'Choose a contact with this employer.' },
  commitment: { field: 'commitmentId', message: 'Choose a promise made with this employer.' },
} as const;

/** A contact or promise being linked to must be this employer's, and not in Trash. */
async function requireOf(
  db: Kysely<Database>,
  table: keyof typeof linkable,
  employerId: string,
  id: string | null | undefined,
) {
  if (!id) return;
  const found = await db
    .selectFrom(table)
    .select('id')
    .where('id', '=', id)
    .where('employerId', '=', employerId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!found) throw new DomainError('invalid_input', linkable[table].message, linkable[table].field);
}

export const requireInteractionOf = (db: Kysely<Database>, employerId: string, id: string | null | undefined) =>
  requireOf(db, 'interaction', employerId, id);

export const requireCommitmentOf = (db: Kysely<Database>, employerId: string, id: string | null | undefined) =>
  requireOf(db, 'commitment', employerId, id);

export async function requirePerson(db: Kysely<Database>, personId: string | null | undefined) {
  if (!personId) return;
  const found = await db
    .selectFrom('person')
    .select('id')
    .where('id', '=', personId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!found) throw new DomainError('invalid_input', 'That person could not be found. Choose them again.', 'personId');
}

/** Today's date, for a field left empty; a date after today is refused. */
export function dateNotInFuture(value: string | null | undefined, now: string, field: string): string {
  const today = now.slice(0, 10);
  const date = value ?? today;
  if (date > today) throw new DomainError('invalid_input', 'This cannot be after today.', field);
  return date;
}
