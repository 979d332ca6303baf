// A subject access request: everything Bridgework holds about one person, as a document they
// can be sent — their details, roles, the contacts they were part of, notes about them, every
// other place their name appears, and when their record changed.
import { brandOf } from '../../../shared/settings/schema';
import { sql } from 'kysely';
import { formatDate } from '../../../shared/dates';
import type { Block, DocumentModel } from '../../../shared/documents/model';
import type { ServiceContext } from '../../kernel/context';
import { writeDocument, writingSteps, type DocumentFormat } from '../documents/write';
import { getPerson } from '../people/person';
import { readSettings } from '../settings/store';
import { vocabularyLabels } from '../vocabulary/codes';
import { findMentions } from './mentions';

export async function exportSubjectAccess(ctx: ServiceContext, id: string, format: DocumentFormat, jobId?: string) {
  return ctx.work.jobs.run(jobId, 1 + writingSteps, async (job) => {
    job.step('Gathering what is held');
    const doc = await subjectAccessDocument(ctx, id);
    return writeDocument(ctx, doc, format, job);
  });
}

async function subjectAccessDocument(ctx: ServiceContext, id: string): Promise<DocumentModel> {
  const person = await getPerson(ctx.db, id);
  const label = await vocabularyLabels(ctx.db);
  const settings = await readSettings(ctx.db);
  const { rows: contacts } = await sql<{
    id: string;
    occurredAt: string;
    employer: string;
    kind: string;
    summary: string;
    notes: string | null;
  }>`
    select i.id, i.occurred_at, e.name as employer, i.kind, i.summary, i.notes
    from interaction_person ip join interaction i on i.id = ip.interaction_id join employer e on e.id = i.employer_id
    where ip.person_id = ${id} and i.deleted_at is null order by i.occurred_at desc`.execute(ctx.db);
  const { rows: trust } = await sql<{
    observedOn: string;
    employer: string;
    level: string;
    direction: string;
    observation: string;
  }>`
    select t.observed_on, e.name as employer, t.level, t.direction, t.observation
    from trust_note t join employer e on e.id = t.employer_id
    where t.person_id = ${id} and t.deleted_at is null order by t.observed_on desc`.execute(ctx.db);
  const changes = await ctx.db
    .selectFrom('changeLog')
    .select(['at', 'action'])
    .where('entityId', '=', id)
    .orderBy('seq')
    .execute();
  const needles = [person.name, person.email, ...person.otherEmails].filter((needle): needle is string =>
    Boolean(needle),
  );
  const listed = new Set(contacts.map((contact) => contact.id));
  const mentions = (await findMentions(ctx.db, needles, id)).filter((mention) => !listed.has(mention.entityId));
  const employerNames = new Map(
    (await ctx.db.selectFrom('employer').select(['id', 'name']).execute()).map((row) => [row.id, row.name]),
  );
  const table = (title: string, columns: string[], rows: (string | null)[][], empty: string): Block => ({
    kind: 'table',
    table: { title, columns: columns.map((name) => ({ label: name, kind: 'text' })), rows, empty },
  });
  return {
    title: `What we hold about ${person.name}`,
    subtitle: 'Everything in our employer relationship record about this person (a subject access request)',
    producedOn: ctx.now().slice(0, 10),
    brand: brandOf(settings),
    blocks: [
      {
        kind: 'figures',
        items: [
          { label: 'Name', value: person.name },
          { label: 'Email', value: [person.email, ...person.otherEmails].filter(Boolean).join(', ') || 'None held' },
          { label: 'Phone', value: [person.phone, ...person.otherPhones].filter(Boolean).join(', ') || 'None held' },
          {
            label: 'Best way to get in touch',
            value: label('preferred_channel', person.preferredChannel) || 'None held',
          },
          { label: 'First recorded', value: formatDate(person.createdAt) },
        ],
      },
      ...(person.notes
        ? [{ kind: 'heading', text: 'Notes about them' } as Block, { kind: 'paragraph', text: person.notes } as Block]
        : []),
      table(
        'Where they have worked',
        ['Employer', 'Job title', 'From', 'To', 'Main contact'],
        person.affiliations.map((role) => [
          role.employerName,
          role.roleTitle,
          formatDate(role.startedOn),
          role.endedOn ? formatDate(role.endedOn) : 'Now',
          role.isPrimary ? 'Yes' : 'No',
        ]),
        'No roles recorded.',
      ),
      table(
        'Contacts they were part of',
        ['Date', 'Employer', 'Kind', 'Summary', 'Notes'],
        contacts.map((row) => [
          formatDate(row.occurredAt),
          row.employer,
          label('interaction_kind', row.kind),
          row.summary,
          row.notes,
        ]),
        'None recorded.',
      ),
      table(
        'Notes on trust with them',
        ['Date', 'Employer', 'Level', 'Direction', 'What was noted'],
        trust.map((row) => [
          formatDate(row.observedOn),
          row.employer,
          label('trust_level', row.level),
          label('trust_direction', row.direction),
          row.observation,
        ]),
        'None recorded.',
      ),
      table(
        'Other places their name or email appears',
        ['Where', 'Employer', 'Date', 'Text'],
        mentions.map((mention) => [
          mention.what,
          mention.employerId ? (employerNames.get(mention.employerId) ?? '') : '',
          formatDate(mention.on),
          mention.text.trim(),
        ]),
        'Nowhere else.',
      ),
      table(
        'When their record changed',
        ['Date', 'What happened'],
        changes.map((change) => [formatDate(change.at), changeWords[change.action] ?? change.action]),
        'No changes recorded.',
      ),
      {
        kind: 'paragraph',
        text: 'We record the people we work with at employers. The people our programmes support are recorded only by a reference, never by name.',
      },
    ],
  };
}

const changeWords: Record<string, string> = {
  create: 'Added',
  update: 'Details changed',
  archive: 'Moved to Trash',
  restore: 'Restored from Trash',
  import: 'Imported from a file',
};
