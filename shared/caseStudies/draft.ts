// A case study's first draft, written from the facts in plain, factual sentences for the user to
// edit. Labels come from the provider's own vocabulary.
import { depthLabels } from '../assessments/depth';
import { shareText } from '../reports/share';
import { employerDescriptor, roleInSentence, withArticle } from './anonymise';
import type { VocabularyLabel as Label } from '../vocabulary';
import type { CaseStudyFacts, CaseStudySections } from './schema';

const monthYear = (date: string) =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
/** "3 calls", "1 site visit", "2 social media contacts": the kind of contact, counted. */
function contactCount(n: number, kind: string) {
  const noun = /media$|^other$/.test(kind) ? `${kind} contact` : kind;
  const plural = noun.replace(
    /^(\w+)( or .*)?$/,
    (_, word: string, rest = '') => `${word}s${rest.replace(/(\w+)$/, '$1s')}`,
  );
  return `${n.toLocaleString('en-GB')} ${n === 1 ? noun : noun.includes(' or ') ? plural : `${noun}s`}`;
}

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** "a work trial (Kitchen porter)"; a title that already names its kind stands alone, as typed. */
const offered = (kind: string, title: string) =>
  title.toLowerCase().includes(kind.toLowerCase()) ? title : `${lower(kind)} (${title})`;

export function draftSections(facts: CaseStudyFacts, label: Label): CaseStudySections {
  const { employer } = facts;
  const background = [
    `${employer.name} is ${employerDescriptor(employer, label)}.`,
    facts.firstContactOn
      ? `We first worked together in ${monthYear(facts.firstContactOn)}${
          employer.approach ? `, through ${lower(label('approach', employer.approach))}` : ''
        }.`
      : '',
  ];

  const contactTotal = facts.contacts.reduce((sum, row) => sum + row.count, 0);
  const namedRoles = [...new Set(facts.roles.filter((role): role is string => Boolean(role)))];
  const together = [
    contactTotal
      ? `Between ${monthYear(facts.period.from)} and ${monthYear(facts.period.to)} we were in touch ${count(contactTotal, 'time')}: ${list(
          facts.contacts.map((row) => contactCount(row.count, lower(label('interaction_kind', row.kind)))),
        )}.`
      : 'There was no recorded contact in this period.',
    facts.roles.length
      ? `We worked with ${count(facts.roles.length, 'person', 'people')} there${namedRoles.length ? `, including the ${list(namedRoles.map(roleInSentence))}` : ''}.`
      : '',
    ...facts.phaseMoves.map(
      (move) => `In ${monthYear(move.changedOn)} the relationship moved to ${lower(label('phase', move.toPhase))}.`,
    ),
    facts.opportunities.length
      ? `They offered ${count(facts.opportunities.length, 'opportunity', 'opportunities')}: ${list(
          facts.opportunities.map((row) => offered(label('opportunity_kind', row.kind), row.title)),
        )}.`
      : '',
  ];

  const keptText = (side: { kept: number; broken: number }) => shareText(side.kept, side.kept + side.broken);
  const forUs = [
    facts.promises.employer.made
      ? `The employer made ${count(facts.promises.employer.made, 'promise')} to us in this period, and kept ${keptText(facts.promises.employer)} of those settled.`
      : '',
    facts.trust.strengthened || facts.trust.weakened
      ? `We noted trust strengthening ${count(facts.trust.strengthened, 'time')} and weakening ${count(facts.trust.weakened, 'time')}.`
      : '',
  ];
  const gained = facts.gained;
  const asRoles = (codes: string[]) => list(codes.map((code) => withArticle(lower(label('engagement_role', code)))));
  const sameView = gained.rolesTheirs.join() === gained.rolesOurs.join();
  const offers = facts.opportunities.length;
  const filled =
    offers === 1
      ? `The opportunity they offered in the period was ${gained.filled ? '' : 'not '}filled.`
      : offers
        ? `${gained.filled.toLocaleString('en-GB')} of the ${offers.toLocaleString('en-GB')} opportunities they offered in the period ${gained.filled === 1 ? 'was' : 'were'} filled.`
        : '';
  const forEmployer = [
    gained.starts
      ? `${count(gained.starts, 'person', 'people')} we referred started work with them in the period.`
      : '',
    gained.starts || gained.filled ? filled : '',
    gained.benefits.length
      ? `At our latest assessment, they gained ${list(gained.benefits.map((code) => withArticle(lower(label('benefit', code)))))}.`
      : '',
    gained.rolesOurs.length
      ? `We saw them as ${asRoles(gained.rolesOurs)}${
          gained.rolesTheirs.length && !sameView ? `; they saw themselves as ${asRoles(gained.rolesTheirs)}` : ''
        }.`
      : '',
    gained.feedback
      ? `They gave us feedback on the people we referred ${count(gained.feedback, 'time')}${
          gained.latestFeedback ? `, most recently: “${gained.latestFeedback}”` : '.'
        }`
      : '',
    facts.promises.us.made
      ? `We made ${count(facts.promises.us.made, 'promise')} to the employer, and kept ${keptText(facts.promises.us)} of those settled.`
      : '',
  ];

  const r = facts.referrals;
  const outcomes = [
    r.referred
      ? `We referred ${count(r.referred, 'person', 'people')}. ${shareText(r.interviewed, r.referred)} were interviewed and ${shareText(r.started, r.referred)} started work.`
      : 'No one was referred in this period.',
    r.startedWeeksAgo13
      ? `${shareText(r.sustained13, r.startedWeeksAgo13)} of those who started 13 or more weeks ago were still in work at 13 weeks.`
      : '',
    r.startedWeeksAgo26
      ? `${shareText(r.sustained26, r.startedWeeksAgo26)} of those who started 26 or more weeks ago were still in work at 26 weeks.`
      : '',
    r.progressed
      ? `${count(r.progressed, 'person', 'people')} progressed in work, with a rise in pay or hours of 10% or more.`
      : '',
  ];

  const depth = (value: number | null) => (value ? `${value} of 5 (${lower(depthLabels[value]!)})` : 'not assessed');
  const learned = [
    `Engagement depth went from ${depth(facts.depth.start)} at the start of the period to ${depth(facts.depth.end)} at the end.`,
  ];

  const join = (sentences: string[]) => sentences.filter(Boolean).join(' ');
  return {
    background: join(background),
    together: join(together),
    forUs: join(forUs),
    forEmployer: join(forEmployer),
    outcomes: join(outcomes),
    learned: join(learned),
    employerQuote: '',
  };
}
