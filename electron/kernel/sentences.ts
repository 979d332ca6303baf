// The sentence a change set is remembered by ("Logged a call with Greggs plc"), made from the
// rows it touched: the procedure's main table, its first row there, and that row's employer.
import type { ProcedureName } from '../../shared/contract';
import { stageLabels, type ReferralStage } from '../../shared/referrals/stages';
import type { ServiceContext } from './context';
import { RecordedRows, type Image } from './rows';

type Facts = {
  /** The first row of the main table, as it was after (or before, if it went). */
  row: Image;
  /** How many rows of the main table were touched. */
  count: number;
  /** The employer the main row belongs to (or is). */
  employer: string;
  label: (list: string, code: unknown) => string;
};
type Sentence = [table: string, say: (facts: Facts) => string];

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const quoted = (value: unknown, length = 60) => {
  const words = text(value).replace(/\s+/g, ' ').trim();
  return `“${words.length > length ? `${words.slice(0, length - 1)}…` : words}”`;
};
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

const sentences: Partial<Record<ProcedureName, Sentence>> = {
  'employers.create': ['employer', (f) => `Added ${f.employer}`],
  'employers.update': ['employer', (f) => `Changed ${f.employer}’s details`],
  'employers.archive': ['employer', (f) => `Moved ${f.employer} to Trash`],
  'employers.restore': ['employer', (f) => `Restored ${f.employer} from Trash`],
  'employers.movePhase': ['employer', (f) => `Moved ${f.employer} to ${f.label('phase', f.row.phase)}`],
  'employers.handOver': ['employer', (f) => `Handed ${plural(f.count, 'employer')} to ${text(f.row.account_owner)}`],
  'people.create': ['person', (f) => `Added ${text(f.row.name)}`],
  'people.update': ['person', (f) => `Changed ${text(f.row.name)}’s details`],
  'people.archive': ['person', (f) => `Moved ${text(f.row.name)} to Trash`],
  'people.restore': ['person', (f) => `Restored ${text(f.row.name)} from Trash`],
  'affiliations.create': ['affiliation', (f) => `Added a role at ${f.employer}`],
  'affiliations.end': ['affiliation', (f) => `Recorded that someone left ${f.employer}`],
  'affiliations.setPrimary': ['affiliation', (f) => `Changed the main contact at ${f.employer}`],
  'interactions.create': [
    'interaction',
    (f) =>
      `${f.row.status === 'planned' ? 'Planned' : 'Logged'} ${article(f.label('interaction_kind', f.row.kind))} with ${f.employer}`,
  ],
  'mail.commit': [
    'interaction',
    (f) =>
      f.count === 1
        ? `${f.row.status === 'planned' ? 'Planned' : 'Logged'} ${article(f.label('interaction_kind', f.row.kind))} ${quoted(f.row.summary)} with ${f.employer}`
        : `Logged ${plural(f.count, 'contact')} from emails and invitations`,
  ],
  'interactions.update': ['interaction', (f) => `Changed the contact ${quoted(f.row.summary)} with ${f.employer}`],
  'interactions.complete': ['interaction', (f) => `Marked ${quoted(f.row.summary)} with ${f.employer} done`],
  'interactions.archive': ['interaction', (f) => `Moved the contact ${quoted(f.row.summary)} to Trash`],
  'interactions.restore': ['interaction', (f) => `Restored the contact ${quoted(f.row.summary)}`],
  'interactions.snoozeFollowUp': ['interaction', (f) => `Put off a follow-up with ${f.employer}`],
  'trust.create': ['trust_note', (f) => `Noted trust with ${f.employer}`],
  'trust.update': ['trust_note', (f) => `Changed a trust note about ${f.employer}`],
  'trust.archive': ['trust_note', (f) => `Moved a trust note about ${f.employer} to Trash`],
  'trust.restore': ['trust_note', (f) => `Restored a trust note about ${f.employer}`],
  'commitments.create': ['commitment', (f) => `Recorded the promise ${quoted(f.row.description)} with ${f.employer}`],
  'commitments.update': ['commitment', (f) => `Changed the promise ${quoted(f.row.description)}`],
  'commitments.resolve': ['commitment', (f) => `Marked the promise ${quoted(f.row.description)} ${text(f.row.status)}`],
  'commitments.reopen': ['commitment', (f) => `Reopened the promise ${quoted(f.row.description)}`],
  'assessments.create': [
    'assessment',
    (f) => `Assessed ${f.employer}’s depth of engagement as ${String(f.row.depth)} of 5`,
  ],
  'programmes.create': ['programme', (f) => `Added the programme ${text(f.row.name)}`],
  'programmes.update': ['programme', (f) => `Changed the programme ${text(f.row.name)}`],
  'opportunities.create': ['opportunity', (f) => `Added the opportunity ${quoted(f.row.title)} at ${f.employer}`],
  'opportunities.update': ['opportunity', (f) => `Changed the opportunity ${quoted(f.row.title)}`],
  'opportunities.archive': ['opportunity', (f) => `Moved the opportunity ${quoted(f.row.title)} to Trash`],
  'opportunities.restore': ['opportunity', (f) => `Restored the opportunity ${quoted(f.row.title)}`],
  'referrals.create': ['referral', (f) => `Referred ${plural(f.count, 'person', 'people')} to ${f.employer}`],
  'referrals.advance': [
    'referral',
    (f) =>
      `Moved ${plural(f.count, 'referral')} at ${f.employer} to ${stageLabels[f.row.stage as ReferralStage] ?? 'the next step'}`,
  ],
  'referrals.undoStep': ['referral', (f) => `Took ${plural(f.count, 'referral')} at ${f.employer} back a step`],
  'referrals.archive': ['referral', (f) => `Moved ${plural(f.count, 'referral')} to Trash`],
  'referrals.restore': ['referral', (f) => `Restored ${plural(f.count, 'referral')}`],
  'referrals.recordCheck': ['sustainment_check', (f) => `Recorded a job check at ${f.employer}`],
  'referrals.recordProgression': ['progression', (f) => `Recorded progression at ${f.employer}`],
  'evidence.attach': ['evidence', (f) => `Attached ${text(f.row.file_name) || 'evidence'} at ${f.employer}`],
  'evidence.remove': ['evidence', (f) => `Moved ${text(f.row.file_name) || 'evidence'} to Trash`],
  'evidence.restore': ['evidence', (f) => `Restored ${text(f.row.file_name) || 'evidence'}`],
  'caseStudies.draft': ['case_study', (f) => `Drafted the case study ${quoted(f.row.title)}`],
  'caseStudies.update': ['case_study', (f) => `Changed the case study ${quoted(f.row.title)}`],
  'caseStudies.archive': ['case_study', (f) => `Moved the case study ${quoted(f.row.title)} to Trash`],
  'caseStudies.restore': ['case_study', (f) => `Restored the case study ${quoted(f.row.title)}`],
  'privacy.keepPerson': ['person', (f) => `Kept ${text(f.row.name)}’s details, with the reason`],
  'privacy.resolveFlag': ['review_flag', () => 'Marked a record checked after an erasure'],
};

const fixed: Partial<Record<ProcedureName, string>> = {
  'app.loadSampleData': 'Added the sample data',
  'app.finishWelcome': 'Set up Bridgework',
  'settings.update': 'Changed the settings',
  'imports.commit': 'Imported a spreadsheet',
  'imports.archive': 'Imported a Bridgework archive',
  'team.resolveConflict': 'Put back a change made on two laptops at once',
  'trash.restore': 'Restored from Trash',
  'trash.purge': 'Deleted records for good',
  'privacy.erasePerson': 'Erased a person’s details',
  'app.removeSampleData': 'Removed the sample data',
};

function article(label: string): string {
  const lower = label.toLowerCase();
  return `${/^[aeiou]/.test(lower) ? 'an' : 'a'} ${lower}`;
}

export async function sentenceFor(ctx: ServiceContext): Promise<string> {
  const procedure = ctx.procedure;
  if (fixed[procedure]) return fixed[procedure];
  const sentence = sentences[procedure];
  const general = `Changed the record (${procedure})`;
  if (!sentence || !ctx.changeSetId) return general;
  const [table, say] = sentence;
  const rows = await ctx.db
    .selectFrom('changeLog')
    .select(['entityId', 'action', 'before', 'after'])
    .where('changeSetId', '=', ctx.changeSetId)
    .where('entity', '=', table)
    .orderBy('seq')
    .execute();
  if (rows.length === 0) return general;
  // An update logs only what it changed; the rest of the row is read as it is now.
  const first = rows[0]!;
  const logged = JSON.parse(first.after ?? first.before ?? '{}') as Image;
  const row =
    first.action === 'update'
      ? { ...(await new RecordedRows(ctx).now(table, [first.entityId])).get(first.entityId), ...logged }
      : logged;
  const employerId = table === 'employer' ? row.id : row.employer_id;
  const employer =
    table === 'employer'
      ? text(row.name)
      : ((await ctx.db.selectFrom('employer').select('name').where('id', '=', String(employerId)).executeTakeFirst())
          ?.name ?? 'an employer');
  const labels = await ctx.db.selectFrom('vocabulary').select(['list', 'code', 'label']).execute();
  const label = (list: string, code: unknown) =>
    labels.find((term) => term.list === list && term.code === code)?.label ?? text(code);
  return say({ row, count: new Set(rows.map((r) => r.entityId)).size, employer, label });
}
