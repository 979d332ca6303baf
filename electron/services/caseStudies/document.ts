// A case study as a document: the sections as written, the highlights picked from the timeline,
// and, when anonymised, the employer as a descriptor, people as their roles, no participant
// references, and any other name from the database taken out.
import { sql, type Kysely } from 'kysely';
import {
  anonymiseText,
  employerDescriptor,
  employerNamePatterns,
  personNamePatterns,
  removeNames,
  rolePhrase,
  withTitleAfter,
  type Replacement,
} from '../../../shared/caseStudies/anonymise';
import {
  sectionKeys,
  sectionTitles,
  type CaseStudy,
  type NameFlag,
  type NameHit,
} from '../../../shared/caseStudies/schema';
import { formatDate } from '../../../shared/dates';
import { documentText, mapDocumentText, type Block, type DocumentModel } from '../../../shared/documents/model';
import { referencePattern } from '../../../shared/referrals/reference';
import { brandOf, type Settings } from '../../../shared/settings/schema';
import type { VocabularyLabel } from '../../../shared/vocabulary';
import type { Database } from '../../db/schema';
import { getEmployer } from '../employers/get';
import { caseStudyFacts } from './facts';
import { isCommonWord } from './commonWords';
import { namePartsIn, namesInDatabase } from './names';

export type CaseStudyDocument = { doc: DocumentModel; flags: NameFlag[]; hits: NameHit[]; blocker: string | null };

export function exportBlocker(study: CaseStudy): string | null {
  return study.anonymise || study.consent
    ? null
    : `${study.employerName} has not agreed to be named. Record their consent, or switch on Anonymise.`;
}

export async function caseStudyDocument(
  db: Kysely<Database>,
  study: CaseStudy,
  context: { settings: Settings; label: VocabularyLabel; now: string },
): Promise<CaseStudyDocument> {
  const { settings, label, now } = context;
  const employer = await getEmployer(db, study.employerId);
  const facts = await caseStudyFacts(db, employer.id, { from: study.periodFrom, to: study.periodTo }, now);
  const descriptor = employerDescriptor(employer, label);
  const contacts = facts.contacts.reduce((sum, row) => sum + row.count, 0);
  const { sections } = study;
  const blocks: Block[] = [
    {
      kind: 'figures',
      items: [
        { label: 'Sector', value: label('sector', employer.sector) || 'Not recorded' },
        { label: 'Size', value: label('size_band', employer.sizeBand) || 'Not recorded' },
        { label: 'Working together since', value: formatDate(facts.firstContactOn) || 'Not recorded' },
        { label: 'Contacts in the period', value: contacts.toLocaleString('en-GB') },
        { label: 'Opportunities offered', value: facts.opportunities.length.toLocaleString('en-GB') },
        { label: 'People who started work', value: facts.referrals.started.toLocaleString('en-GB') },
      ],
    },
  ];
  for (const key of sectionKeys) {
    const text = sections[key].trim();
    const quote = key === 'forEmployer' ? sections.employerQuote.trim() : '';
    if (text || quote) blocks.push({ kind: 'heading', text: sectionTitles[key] });
    if (text) blocks.push({ kind: 'markdown', text });
    if (quote) blocks.push({ kind: 'quote', text: quote, by: study.anonymise ? 'The employer' : employer.name });
    if (key === 'together' && study.highlights.length) {
      blocks.push(
        { kind: 'heading', text: 'Moments that mattered' },
        { kind: 'list', items: study.highlights.map((item) => `${formatDate(item.on)}: ${item.text}`) },
      );
    }
  }
  const named: DocumentModel = {
    title: study.title,
    subtitle: `Case study · ${formatDate(study.periodFrom)} to ${formatDate(study.periodTo)}`,
    producedOn: now,
    brand: brandOf(settings),
    blocks,
  };
  if (!study.anonymise) return { doc: named, flags: [], hits: [], blocker: exportBlocker(study) };

  const employerPatterns = employerNamePatterns(employer.name);
  const replacements: Replacement[] = [
    ...employerPatterns.map((pattern) => ({ pattern, with: descriptor, later: 'the employer' })),
    ...(await employerPeople(db, employer.id)).flatMap((person) =>
      withTitleAfter(personNamePatterns(person.name, isCommonWord), person.roleTitle, employerPatterns).map(
        (pattern) => ({ pattern, with: rolePhrase(person.roleTitle) }),
      ),
    ),
  ];
  const pattern = referencePattern(settings.referenceFormat);
  const anonymised = mapDocumentText(named, (text) => anonymiseText(text, replacements, pattern));
  // Whole names from the record are taken out; a word that may still name someone waits for
  // the person to reword it or keep it.
  const flags = await namesInDatabase(db, documentText(anonymised));
  const names = flags.map((flag) => flag.name);
  const doc = names.length ? mapDocumentText(anonymised, (text) => removeNames(text, names)) : anonymised;
  const hits = await namePartsIn(db, documentText(doc), study.keptNames);
  const waiting = hits.filter((hit) => !hit.kept);
  return {
    doc,
    flags,
    hits,
    blocker: waiting.length
      ? `Words that may name someone are still in the text: ${waiting
          .map((hit) => `“${hit.text}” (as in ${hit.inName})`)
          .join(', ')}. Reword each, or keep it if it is meant.`
      : null,
  };
}

/** Everyone who has had a role at the employer, with their latest role there. */
function employerPeople(db: Kysely<Database>, employerId: string) {
  return db
    .selectFrom('affiliation as a')
    .innerJoin('person as p', 'p.id', 'a.personId')
    .select(['p.name', 'a.roleTitle'])
    .where('a.employerId', '=', employerId)
    .orderBy(sql`a.ended_on is null`, 'desc')
    .orderBy('a.startedOn', 'desc')
    .execute();
}
