// The facts at the top of an employer's page: who the main contact is, when we last spoke,
// and what is due next. A follow-up counts as outstanding until there is later contact.
import type { Kysely } from 'kysely';
import type { EmployerOverview } from '../../../shared/employers/schema';
import type { Database } from '../../db/schema';
import { listAffiliations } from '../affiliations/affiliation';

export async function employerOverview(
  db: Kysely<Database>,
  employerId: string,
  now: string,
): Promise<EmployerOverview> {
  const people = await listAffiliations(db, { employerId });
  const interactions = db.selectFrom('interaction').where('employerId', '=', employerId).where('deletedAt', 'is', null);
  const lastContact = await interactions
    .select('occurredAt')
    .where('status', '=', 'done')
    .orderBy('occurredAt', 'desc')
    .limit(1)
    .executeTakeFirst();
  const lastContactDay = lastContact?.occurredAt.slice(0, 10) ?? '';
  const followUp = await interactions
    .select('followUpOn')
    .where('followUpOn', 'is not', null)
    .where('followUpOn', '>', lastContactDay)
    .orderBy('followUpOn')
    .limit(1)
    .executeTakeFirst();
  const nextPlanned = await interactions
    .select(['id', 'occurredAt', 'summary', 'kind'])
    .where('status', '=', 'planned')
    .orderBy('occurredAt')
    .limit(1)
    .executeTakeFirst();
  const promises = await db
    .selectFrom('commitment')
    .select((eb) => eb.fn.countAll<number>().as('open'))
    .where('employerId', '=', employerId)
    .where('status', '=', 'open')
    .where('deletedAt', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    primaryContact: people.find((role) => role.isPrimary && !role.endedOn) ?? null,
    people,
    lastContactAt: lastContact?.occurredAt ?? null,
    nextFollowUpOn: followUp?.followUpOn ?? null,
    nextPlanned: nextPlanned ?? null,
    openPromises: Number(promises.open),
    asOf: now,
  };
}
